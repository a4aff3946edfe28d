import type { DatasetInput } from '../../models/dataset.js';

// Generated from examples/data/sample-dataset.json (the same data; a test keeps them equal).
// Embedded as a module so that the sample needs no file system and works in browsers.

/**
 * The sample dataset file (the seed reports), as JSON.
 *
 * @internal
 */
export const SAMPLE_DATASET_INPUT: DatasetInput = {
  schemaVersion: 1,
  title: 'Seed reports: 小城镇 / 中心镇建设工作总结 (sample dataset)',
  description:
    "The towns and cities of the seed reports (000: XX市(成都) 小城镇建设年度总结; 002: 中心镇建设工作总结 of xxxx镇, 余姚 泗门/梁弄, 建设镇, 青山泉镇, 白塔镇) with their observations, projects, funding sources and land quotas, each with the sentence it is quoted from, and the stated figures (claims) that can be audited against their inputs. Years: the anonymiser overwrote many years with the literal 2024. Each such placeholder is mapped to 2011: the year of the reports dated 2011 (xxxx镇: 十二五开局之年; 建设镇: 2011-12-22; 白塔镇: 2011-12-06), and a placeholder for the reports that give no year (成都; 余姚 泗门/梁弄, whose text predates 十二五; 青山泉镇 2024-H1, read as 2011-H1). 96年 is 1996. The notes of each source say how its years are mapped. The reports' own inconsistencies are kept as printed: 建设镇's four zones add up to 22.362亿元 against the stated 22.32亿元, 青山泉镇's four parcels to 71.60亩 against 71.42亩, 建设镇's 工农业总产值 grows 27.447% by its parts against the stated 27.5%, and 成都's 2024笔 of mortgage loans are 2054 by their parts (an anonymiser artefact).",
  sources: [
    {
      id: 'chengdu',
      title: 'XX市(成都)小城镇建设年度总结',
      file: '000_f898da06f838ee50.txt',
      notes:
        'Undated: the text says 今年, and its years were anonymised (《2024—2024年全市统筹城乡改革发展工作方案》). Its figures carry the placeholder period 2011, the year of the dated reports of this dataset, not a year the document states. XX市 is 成都 (四川省), the name anonymised.',
    },
    {
      id: 'b1-2011',
      title: 'xxxx镇中心镇建设年终工作总结',
      file: '002_d040ad3356973d52.txt',
      notes:
        "002 第一篇. 'xxxx年是实施“十二五”规划的开局之年' dates the year summarised: 2011. '2024年被列入浙江省中心镇' is an anonymiser artefact (seed-claims B01) and is not used.",
    },
    {
      id: 'yuyao',
      title: '余姚市省级中心镇建设工作总结',
      file: '002_d040ad3356973d52.txt',
      notes:
        "002 第二篇. Undated: '2024' in '2024实现工农业总产值', '到2024年底' is the anonymiser's placeholder, mapped to the placeholder period 2011. The text predates 十二五 (it cites the 十五 and 十一五 plans; seed-claims B15 estimates 2006–2008), so 2011 is not its true year: do not annualise its growth since 1996 (96年) from these periods.",
    },
    {
      id: 'jianshe-2011',
      title: '建设镇小城镇改革发展战役工作总结',
      file: '002_d040ad3356973d52.txt',
      date: '2011-12-22',
      author: '中共建设镇委员会 建设镇人民政府',
      notes:
        "002 第三篇 (headed '2024年中心镇建设工作总结'), signed 二○一一年十二月二十二日: the year summarised is 2011. '2024年工作打算' means the coming year 2012.",
    },
    {
      id: 'qingshanquan-h1',
      title: '青山泉镇中心镇创建工作总结（上半年）',
      file: '002_d040ad3356973d52.txt',
      notes:
        "002 第四篇, covering '2024年上半年' and dated '2024年6月12日' (anonymised). Mapped to the placeholder 2011-H1 (2011-06-28 for '6月28日开工'), the year of the dated reports of the same compilation; the document itself gives no year.",
    },
    {
      id: 'baita-2011',
      title: '仙居县白塔镇推进中心镇建设交流材料',
      file: '002_d040ad3356973d52.txt',
      date: '2011-12-06',
      notes:
        "002 第五篇, signed 二〇一一年十二月六日. The land quotas are for 十二五 (2011–2015; the text's 土地利用总体规划（2024—2024） is anonymised). '2024年工作思路' means the coming year 2012.",
    },
  ],
  indicators: [
    {
      code: 'rural-property-mortgage-loans',
      nameZh: '农村产权抵押融资',
      nameEn: 'Rural property mortgage loans',
      dimension: 'money',
      defaultUnit: '亿元',
      description: 'cumulative amount (累计)',
    },
    {
      code: 'rural-property-mortgage-count',
      nameZh: '农村产权抵押融资笔数',
      nameEn: 'Rural property mortgage loans (number)',
      dimension: 'count',
      defaultUnit: '笔',
      description: 'cumulative number (累计)',
    },
    {
      code: 'rural-property-mortgage-balance',
      nameZh: '农村产权抵押融资余额',
      nameEn: 'Outstanding rural property mortgage loans',
      dimension: 'money',
      defaultUnit: '亿元',
    },
    {
      code: 'rural-organization-loans',
      nameZh: '农村经济组织贷款余额',
      nameEn: 'Outstanding loans to rural economic organisations',
      dimension: 'money',
      defaultUnit: '亿元',
    },
    {
      code: 'renovation-social-capital-share',
      nameZh: '社会资金占小城镇改造投资比重',
      nameEn: 'Social capital share of town renovation investment',
      dimension: 'rate',
      defaultUnit: '%',
    },
  ],
  towns: [
    {
      id: 'xx-city',
      name: 'XX市',
      scope: 'city',
      region: {
        province: '四川省',
        city: '成都市',
      },
      notes: '成都, the name anonymised',
      source: {
        document: 'chengdu',
        quote: '今年，XX市积极探索符合实际的城镇化道路',
      },
    },
    {
      id: 'chengdu-small-cities',
      name: '首批小城市建设示范镇',
      scope: 'group',
      memberCount: 13,
      levels: ['small-city'],
      parentId: 'xx-city',
      source: {
        document: 'chengdu',
        quote: '首批13个小城市建设示范镇',
      },
    },
    {
      id: 'chengdu-characteristic-towns',
      name: '首批特色镇',
      scope: 'group',
      memberCount: 30,
      levels: ['characteristic-town'],
      parentId: 'xx-city',
      source: {
        document: 'chengdu',
        quote: '首批启动的30个特色镇',
      },
    },
    {
      id: 'chengdu-pilot-towns',
      name: '四川省“百镇建设”试点镇',
      scope: 'group',
      memberCount: 8,
      levels: ['pilot-town'],
      parentId: 'xx-city',
      source: {
        document: 'chengdu',
        quote: '我市8个四川省“百镇建设”试点镇',
      },
    },
    {
      id: 'ande',
      name: '安德镇',
      parentId: 'xx-city',
      source: {
        document: 'chengdu',
        quote: '安德镇围绕川菜园区和豆瓣产业“双百亿”目标',
      },
    },
    {
      id: 'anren',
      name: '安仁古镇',
      parentId: 'xx-city',
      notes: 'the report names the town 安仁古镇',
      source: {
        document: 'chengdu',
        quote: '今年，安仁古镇共接待国内游客209.73万人次',
      },
    },
    {
      id: 'b1',
      name: 'xxxx镇',
      levels: ['provincial-central-town'],
      region: {
        province: '浙江省',
        city: '宁波市',
        county: '余姚市',
      },
      area: '65.84平方公里',
      villages: 18,
      communities: 3,
      residentPopulation: '近5万人',
      migrantWorkers: '2.6万余人',
      asOf: '2011',
      notes: 'name anonymised (xxxx镇), 宁波西陲',
      source: {
        document: 'b1-2011',
        quote:
          '全镇区域面积65.84平方公里，辖18个行政村、3个社区，有常住人口近5万，另有外来务工人员2.6万余人',
      },
    },
    {
      id: 'yuyao',
      name: '余姚市',
      scope: 'county',
      region: {
        province: '浙江省',
        city: '宁波市',
      },
      source: {
        document: 'yuyao',
        quote: '泗门、梁弄两个省级中心镇经济社会得到了长足发展',
      },
    },
    {
      id: 'simen',
      name: '泗门镇',
      levels: ['provincial-central-town'],
      parentId: 'yuyao',
      region: {
        province: '浙江省',
        city: '宁波市',
        county: '余姚市',
      },
      source: {
        document: 'yuyao',
        quote: '泗门镇综合实力居全国千强镇第87位、省百强镇11位',
      },
    },
    {
      id: 'liangnong',
      name: '梁弄镇',
      levels: ['provincial-central-town'],
      parentId: 'yuyao',
      region: {
        province: '浙江省',
        city: '宁波市',
        county: '余姚市',
      },
      source: {
        document: 'yuyao',
        quote: '确定梁弄镇为以革命文化为特色的旅游型山水生态城镇',
      },
    },
    {
      id: 'jianshe',
      name: '建设镇',
      levels: ['municipal-central-town', 'pilot-town'],
      region: {
        province: '福建省',
        city: '三明市',
        county: '大田县',
      },
      source: {
        document: 'jianshe-2011',
        quote: '立足市级中心镇、新农村建设试点镇的站位',
      },
    },
    {
      id: 'qingshanquan',
      name: '青山泉镇',
      levels: ['central-town'],
      source: {
        document: 'qingshanquan-h1',
        quote: '青山泉镇中心镇创建工作总结',
      },
    },
    {
      id: 'baita',
      name: '白塔镇',
      levels: ['provincial-central-town'],
      region: {
        province: '浙江省',
        city: '台州市',
        county: '仙居县',
      },
      area: '119平方公里',
      population: '4.2万人',
      asOf: '2011',
      source: {
        document: 'baita-2011',
        quote: '区域面积119平方公里，人口4.2万',
      },
    },
  ],
  projects: [
    {
      id: 'xx-city-renovation',
      townId: 'xx-city',
      name: '小城镇改造',
      category: 'urban-construction',
      projectCount: 616,
      plans: [
        {
          period: '2011',
          completed: '60.3亿元',
        },
      ],
      notes: '116 towns renovated this year (34 newly started); 41 finished this round, 99 in all',
      source: {
        document: 'chengdu',
        quote:
          '今年，我市新启动34个小城镇改造，全年共实施116个小城镇改造，完成改造项目616个、实际完成投资60.3亿元',
      },
    },
    {
      id: 'xx-city-rural-roads',
      townId: 'xx-city',
      name: '农村公路及乡村客运站',
      category: 'infrastructure',
      status: 'completed',
      plans: [
        {
          period: '2011',
          completed: '5.2亿元',
        },
      ],
      notes: '新改建农村公路1130千米、乡村客运场1座、乡村港湾式简易客运站6对',
      source: {
        document: 'chengdu',
        quote:
          '全市小城镇完成新改建农村公路1130千米、乡村客运场1座、乡村港湾式简易客运站6对，完成投资5.2亿元',
      },
    },
    {
      id: 'xx-city-gas',
      townId: 'xx-city',
      name: '燃气管线',
      category: 'infrastructure',
      status: 'completed',
      plans: [
        {
          period: '2011',
          completed: '1000万元',
        },
      ],
      notes: '新建燃气管线94千米',
      source: {
        document: 'chengdu',
        quote: '新建燃气管线94千米，完成投资1000万元',
      },
    },
    {
      id: 'xx-city-biogas',
      townId: 'xx-city',
      name: '农村户用沼气池',
      category: 'environment',
      status: 'completed',
      totalInvestment: '227万元',
      notes: '649口',
      source: {
        document: 'chengdu',
        quote: '总投资227万元、建设农村户用沼气池649口',
      },
    },
    {
      id: 'xx-city-markets',
      townId: 'xx-city',
      name: '农贸市场新建改造',
      category: 'public-service',
      status: 'completed',
      projectCount: 26,
      source: {
        document: 'chengdu',
        quote: '完成26个农贸市场新建改造项目，市级财政资金给予420万元的补助',
      },
    },
    {
      id: 'pilot-towns-major-projects',
      townId: 'chengdu-pilot-towns',
      name: '基础设施、产业项目等重大项目',
      category: 'other',
      projectCount: 60,
      totalInvestment: '38亿元',
      source: {
        document: 'chengdu',
        quote: '8个镇共实施基础设施、产业项目等重大项目共60个、总投资38亿元',
      },
    },
    {
      id: 'jianshe-battle',
      townId: 'jianshe',
      name: '小城镇改革发展战役项目',
      category: 'other',
      projectCount: 23,
      totalInvestment: '22.32亿元',
      plans: [
        {
          period: '2011',
          completed: '9.6亿元',
        },
      ],
      notes:
        'four zones (战区); their totals add up to 22.362亿元 against the stated 22.32亿元, as printed',
      source: {
        document: 'jianshe-2011',
        quote:
          '分别在基础设施、城镇建设、产业发展、水利工程建设四个战区，实施在建、续建23个项目，规划总投资22.32亿元，年内已完成投资9.6亿元',
      },
    },
    {
      id: 'jianshe-infrastructure',
      townId: 'jianshe',
      parentId: 'jianshe-battle',
      name: '基础设施战区',
      category: 'infrastructure',
      projectCount: 6,
      totalInvestment: '3.41亿元',
      plans: [
        {
          period: '2011',
          planned: '1.5亿元',
          completed: '1.5亿元',
        },
      ],
      source: {
        document: 'jianshe-2011',
        quote:
          '基础设施战区，共涉及6个项目，总投资3.41亿元，年内计划投资1.5亿元，已完成投资1.5亿元',
      },
    },
    {
      id: 'jianshe-industry',
      townId: 'jianshe',
      parentId: 'jianshe-battle',
      name: '产业发展战区',
      category: 'industry',
      projectCount: 7,
      totalInvestment: '10.3亿元',
      plans: [
        {
          period: '2011',
          planned: '4.38亿元',
          completed: '2.98亿元',
        },
      ],
      source: {
        document: 'jianshe-2011',
        quote:
          '产业发展战区，共涉及7个项 目，总投资10.3亿元，年内计划投资4.38亿元，现已完成投资2.98亿元',
      },
    },
    {
      id: 'jianshe-urban',
      townId: 'jianshe',
      parentId: 'jianshe-battle',
      name: '城镇建设战区',
      category: 'urban-construction',
      projectCount: 7,
      totalInvestment: '7.55亿元',
      plans: [
        {
          period: '2011',
          planned: '6.43亿元',
          completed: '4.72亿元',
        },
      ],
      source: {
        document: 'jianshe-2011',
        quote:
          '城镇建设战区，共涉及7个项目，总投资7.55亿元，年内计划投资6.43亿元，已完成投资4.72亿元',
      },
    },
    {
      id: 'jianshe-water',
      townId: 'jianshe',
      parentId: 'jianshe-battle',
      name: '水利项目建设战区',
      category: 'water',
      projectCount: 3,
      totalInvestment: '1.102亿元',
      plans: [
        {
          period: '2011',
          planned: '0.5亿元',
          completed: '0.414亿元',
        },
      ],
      source: {
        document: 'jianshe-2011',
        quote:
          '水利项目建设战区，共涉及3个项目，总投资1.102亿元，年内计划投资0.5亿元，已完成投资0.414亿元',
      },
    },
    {
      id: 'jianshe-creek',
      townId: 'jianshe',
      parentId: 'jianshe-water',
      name: '建设溪小流域治理项目',
      category: 'water',
      status: 'in-progress',
      totalInvestment: '1.06亿元',
      notes: '已清淤750米，砌筑河堤780米',
      source: {
        document: 'jianshe-2011',
        quote: '建设溪小流域治理项目计划投资1.06亿元，已清淤750米，砌筑河堤780米',
      },
    },
    {
      id: 'jianshe-clean-water',
      townId: 'jianshe',
      parentId: 'jianshe-water',
      name: '建设溪清水工程',
      category: 'water',
      status: 'in-progress',
      totalInvestment: '120万元',
      notes: '已完成清淤2.1公里，河堤砌筑120米',
      source: {
        document: 'jianshe-2011',
        quote: '建设溪清水工程总投资120万元，已完成清淤2.1公里，河堤砌筑120米',
      },
    },
    {
      id: 'jianshe-irrigation',
      townId: 'jianshe',
      parentId: 'jianshe-water',
      name: '建设镇中型灌区治理工程',
      category: 'water',
      status: 'preparation',
      totalInvestment: '300万元',
      notes: '正在规划设计',
      source: {
        document: 'jianshe-2011',
        quote:
          '建设镇中型灌区治理工程，已纳入大田县文桃片区中型灌区治理盘子，正在规划设计，计划投资300万元',
      },
    },
    {
      id: 'jianshe-mine-rescue',
      townId: 'jianshe',
      parentId: 'jianshe-industry',
      name: '闽中矿山救护中心',
      category: 'industry',
      status: 'preparation',
      totalInvestment: '4亿元',
      source: {
        document: 'jianshe-2011',
        quote:
          '总投资4亿元，集煤炭安全培训、职业病防治、矿山救护为一体的闽中矿山救护中心建设项目已完成前期征地和项目报批工作',
      },
    },
    {
      id: 'jianshe-clothing',
      townId: 'jianshe',
      parentId: 'jianshe-industry',
      name: '福建克林斯顿服饰有限公司',
      category: 'industry',
      status: 'operating',
      totalInvestment: '6500万元',
      plans: [
        {
          period: '2011',
          completed: '1500万元',
        },
      ],
      source: {
        document: 'jianshe-2011',
        quote: '总投资6500万元的福建克林斯顿服饰有限公司，已投入1500万元，完成一期厂房建设并投产',
      },
    },
    {
      id: 'jianshe-jianlong',
      townId: 'jianshe',
      parentId: 'jianshe-industry',
      name: '大田建龙新型建材有限公司煤矸石综合利用二期项目',
      category: 'industry',
      status: 'operating',
      totalInvestment: '5000万元',
      source: {
        document: 'jianshe-2011',
        quote: '总投资5000万元的大田建龙新型建材有限公司煤矸石综合利用二期项目已正式投产',
      },
    },
    {
      id: 'jianshe-lianrui',
      townId: 'jianshe',
      name: '闽台合作联瑞建材交易市场建设项目',
      category: 'industry',
      status: 'in-progress',
      totalInvestment: '20000万元',
      notes:
        'probably the 建材综合市场项目 of the 产业发展战区; the text does not say so, so it is not linked',
      source: {
        document: 'jianshe-2011',
        quote: '总投资20000万元的闽台合作---联瑞建材交易市场建设项目正在进行一期工程建设',
      },
    },
    {
      id: 'jianshe-fuli',
      townId: 'jianshe',
      name: '大田县福立矿业有限公司石墨加工项目',
      category: 'industry',
      status: 'in-progress',
      totalInvestment: '5200万元',
      notes: '已完成厂房建设',
      source: {
        document: 'jianshe-2011',
        quote: '总投资5200万元的大田县福立矿业有限公司石墨加工项目，已完成厂房建设',
      },
    },
    {
      id: 'jianshe-jiashen',
      townId: 'jianshe',
      name: '厦门嘉申能源有限公司项目',
      category: 'industry',
      status: 'in-progress',
      totalInvestment: '3700万元',
      source: {
        document: 'jianshe-2011',
        quote: '总投资3700万元的厦门嘉申能源有限公司正在进行厂房建设',
      },
    },
    {
      id: 'qsq-zhenbei-road',
      townId: 'qingshanquan',
      name: '振北路兴建工程',
      category: 'infrastructure',
      status: 'planned',
      totalInvestment: '1023.5万元',
      notes: '工程预算 (budget); 下半年启动施工',
      source: {
        document: 'qingshanquan-h1',
        quote: '振北路兴建工程预算1023.5万元',
      },
    },
    {
      id: 'qsq-qingshanquan-road',
      townId: 'qingshanquan',
      name: '青山泉路兴建工程',
      category: 'infrastructure',
      status: 'planned',
      totalInvestment: '2500.58万元',
      notes: '工程预算 (budget); 下半年启动施工',
      source: {
        document: 'qingshanquan-h1',
        quote: '青山泉路兴建工程预算2500.58万元',
      },
    },
    {
      id: 'qsq-commerce-road',
      townId: 'qingshanquan',
      name: '商贸路兴建工程',
      category: 'infrastructure',
      status: 'planned',
      totalInvestment: '1597.92万元',
      notes: '工程预算 (budget); 下半年启动施工',
      source: {
        document: 'qingshanquan-h1',
        quote: '商贸路兴建工程预算1597.92万元',
      },
    },
    {
      id: 'qsq-citizen-park',
      townId: 'qingshanquan',
      name: '市民公园兴建工程',
      category: 'public-service',
      status: 'planned',
      totalInvestment: '5000万元',
      notes: '工程预算 (budget)',
      source: {
        document: 'qingshanquan-h1',
        quote: '市民公园兴建工程预算5000万元',
      },
    },
    {
      id: 'qsq-resettlement',
      townId: 'qingshanquan',
      name: '龚家安置小区、青山泉安置小区、桐林安置小区二期三个安置点基础设施建设工程',
      category: 'urban-construction',
      status: 'planned',
      totalInvestment: '4500万元',
      notes: '工程预算 (budget)',
      source: {
        document: 'qingshanquan-h1',
        quote:
          '龚家安置小区、青山泉安置小区、桐林安置小区二期三个安置点基础设施建设工程预算4500万元',
      },
    },
    {
      id: 'qsq-yudong-road',
      townId: 'qingshanquan',
      name: '渝东大道改造青山泉集镇段工程',
      category: 'infrastructure',
      status: 'in-progress',
      totalInvestment: '1亿元',
      startDate: '2011-06-28',
      notes:
        '开工 6月28日, the year mapped from the anonymised 2024 (see the source); 渝东大道青山泉段3.4公里改造',
      source: {
        document: 'qingshanquan-h1',
        quote: '6月28日开工的渝东大道改造青山泉集镇段工程投资达1亿元',
      },
    },
    {
      id: 'qsq-yifu-garden',
      townId: 'qingshanquan',
      name: '逸夫花园',
      category: 'urban-construction',
      status: 'planned',
      totalInvestment: '4000万元',
      source: {
        document: 'qingshanquan-h1',
        quote: '逸夫花园投资达4000万元',
      },
    },
    {
      id: 'qsq-greening',
      townId: 'qingshanquan',
      name: '镇区绿化及安置小区配套设施建设',
      category: 'environment',
      status: 'in-progress',
      totalInvestment: '1000万元',
      notes: '宠江安置小区、桐林安置小区一期已完成通水通电通路工程',
      source: {
        document: 'qingshanquan-h1',
        quote: '年初镇财政投资1000万元，对西城大道、新兴南路、青山泉工业区、宠江安置小区进行绿化',
      },
    },
    {
      id: 'qsq-old-town',
      townId: 'qingshanquan',
      name: '山下老集镇改造',
      category: 'urban-construction',
      status: 'planned',
      totalInvestment: '5000万元',
      notes: '预计 (estimated)',
      source: {
        document: 'qingshanquan-h1',
        quote: '已制订出青山泉山下老集镇改造实施方案，改造资金投入预计达5000万元',
      },
    },
    {
      id: 'qsq-land-consolidation-2',
      townId: 'qingshanquan',
      name: '土地整理项目二期',
      category: 'land-consolidation',
      status: 'planned',
      area: '11000亩',
      totalInvestment: '2436.5万元',
      notes:
        "报省国土资源厅批准; 樟村、沙陂、下当、潭隅村委. The text's '2024年' is the anonymiser's placeholder",
      source: {
        document: 'qingshanquan-h1',
        quote:
          '2024年青山泉镇土地整理项目二期11000亩已报省国土资源厅批准，项目涉及樟村村委、沙陂村委、下当村委、潭隅村委，项目计划投资2436.5万元',
      },
    },
    {
      id: 'baita-sewage',
      townId: 'baita',
      name: '城镇污水处理工程',
      category: 'infrastructure',
      status: 'completed',
      totalInvestment: '2249万元',
      notes: 'printed 2249万 (元 implied)',
      source: {
        document: 'baita-2011',
        quote: '投资2249万的城镇污水处理工程已经完工',
      },
    },
    {
      id: 'baita-agri-landscape',
      townId: 'baita',
      name: '大型农业景观及文化休闲项目',
      category: 'industry',
      status: 'in-progress',
      totalInvestment: '10亿元',
      source: {
        document: 'baita-2011',
        quote: '投资10亿元的大型农业景观及文化休闲项目正式开始运作',
      },
    },
    {
      id: 'baita-industrial-park-2',
      townId: 'baita',
      name: '白塔工业园区二期扩容',
      category: 'industry',
      status: 'preparation',
      area: '600亩',
      notes: '郭岩上宅、街里、街外三村; 协议已签订',
      source: {
        document: 'baita-2011',
        quote: '白塔工业园区二期扩容600亩，主要涉及郭岩上宅、街里、街外三村',
      },
    },
    {
      id: 'b1-key-works',
      townId: 'b1',
      name: '重点工程',
      category: 'infrastructure',
      projectCount: 19,
      plans: [
        {
          period: '2011',
          completed: '超过2亿元',
        },
      ],
      source: {
        document: 'b1-2011',
        quote: '年初全镇明确了19项重点工程建设，投入已超过2亿元',
      },
    },
    {
      id: 'b1-old-town',
      townId: 'b1',
      name: '旧城改造项目',
      category: 'urban-construction',
      status: 'planned',
      area: '1674亩',
      totalInvestment: '约1亿美元',
      source: {
        document: 'b1-2011',
        quote: '与香港启发集团签订了旧城改造项目框架协议，涉及区域面积1674亩，计划投资约1亿美元',
      },
    },
  ],
  fundingSources: [
    {
      id: 'xx-city-special',
      townId: 'xx-city',
      kind: 'municipal-special-fund',
      status: 'committed',
      amount: '2亿元',
      period: '2011',
      notes: '市城建资金, for 小城镇建设 as a whole (not only 改造)',
      source: {
        document: 'chengdu',
        quote: '今年市城建资金安排2亿元专项用于支持小城镇建设',
      },
    },
    {
      id: 'xx-city-renovation-special',
      townId: 'xx-city',
      projectId: 'xx-city-renovation',
      kind: 'municipal-special-fund',
      status: 'committed',
      amount: '0.6亿元',
      period: '2011',
      source: {
        document: 'chengdu',
        quote: '安排0.6亿元专项支持小城镇改造工作',
      },
    },
    {
      id: 'xx-city-county-matching',
      townId: 'xx-city',
      projectId: 'xx-city-renovation',
      kind: 'county-matching',
      status: 'received',
      amount: '11.2亿元',
      period: '2011',
      source: {
        document: 'chengdu',
        quote: '区（市）县财政配套小城镇改造资金11.2亿元',
      },
    },
    {
      id: 'xx-city-social-capital',
      townId: 'xx-city',
      projectId: 'xx-city-renovation',
      kind: 'social-capital',
      status: 'received',
      amount: '40.3亿元',
      period: '2011',
      notes:
        'of the 60.3亿元 completed; 0.6 + 11.2 + 40.3 = 52.1亿元 have a stated source (seed-claims A02)',
      source: {
        document: 'chengdu',
        quote: '通过招商引资吸引社会资金投入40.3亿元，占小城镇改造实际完成投资60.3亿元的66.8%',
      },
    },
    {
      id: 'xx-city-market-subsidy',
      townId: 'xx-city',
      projectId: 'xx-city-markets',
      kind: 'municipal-special-fund',
      status: 'received',
      amount: '420万元',
      period: '2011',
      source: {
        document: 'chengdu',
        quote: '完成26个农贸市场新建改造项目，市级财政资金给予420万元的补助',
      },
    },
    {
      id: 'xx-city-cable-burying',
      townId: 'xx-city',
      kind: 'other',
      status: 'received',
      amount: '8834万元',
      period: '2011',
      provider: '兴网公司、移动公司、联通公司、电信公司',
      notes: '小城镇“小三线”下地改造',
      source: {
        document: 'chengdu',
        quote:
          '兴网公司、移动公司、联通公司、电信公司共投资8834万元进行有条件的小城镇“小三线”下地改造',
      },
    },
    {
      id: 'b1-fdi-committed',
      townId: 'b1',
      kind: 'foreign-capital',
      status: 'committed',
      amount: '1665万美元',
      period: '2011',
      source: {
        document: 'b1-2011',
        quote: '协议引进外资1665万美元，实到外资850万美元',
      },
    },
    {
      id: 'b1-fdi-received',
      townId: 'b1',
      kind: 'foreign-capital',
      status: 'received',
      amount: '850万美元',
      period: '2011',
      source: {
        document: 'b1-2011',
        quote: '协议引进外资1665万美元，实到外资850万美元',
      },
    },
    {
      id: 'b1-domestic-received',
      townId: 'b1',
      kind: 'social-capital',
      status: 'received',
      amount: '9000万元',
      period: '2011',
      notes: '实到内资',
      source: {
        document: 'b1-2011',
        quote: '实到内资9000万元',
      },
    },
    {
      id: 'b1-old-town-hk',
      townId: 'b1',
      projectId: 'b1-old-town',
      kind: 'foreign-capital',
      status: 'planned',
      amount: '约1亿美元',
      provider: '香港启发集团',
      source: {
        document: 'b1-2011',
        quote: '与香港启发集团签订了旧城改造项目框架协议，涉及区域面积1674亩，计划投资约1亿美元',
      },
    },
    {
      id: 'simen-land-rebate',
      townId: 'simen',
      kind: 'land-transfer-rebate',
      status: 'received',
      amount: '4700万元',
      notes: 'a benefit of the policy for 泗门 (seed-claims B28)',
      source: {
        document: 'yuyao',
        quote: '各类土地出让金返还增加4700万元',
      },
    },
    {
      id: 'simen-fiscal-rebate',
      townId: 'simen',
      kind: 'fiscal-rebate',
      status: 'received',
      amount: '1.57亿元',
      notes:
        'either the total of the benefits listed (7200万 + 216万 + 4700万 = 12116万元) or a further item: the text does not say (seed-claims B28); printed 1.57亿',
      source: {
        document: 'yuyao',
        quote: '以及各类财政返还共1.57亿',
      },
    },
    {
      id: 'qsq-planning-fee',
      townId: 'qingshanquan',
      kind: 'town-finance',
      status: 'received',
      amount: '近300万元',
      period: '2011-H1',
      notes: '施工设计及工程预算 by 市规划设计院',
      source: {
        document: 'qingshanquan-h1',
        quote: '今年镇财政投入近300万元聘请市规划设计院对青山泉集镇项目工程进行施工设计及工程预算',
      },
    },
    {
      id: 'qsq-town-greening',
      townId: 'qingshanquan',
      projectId: 'qsq-greening',
      kind: 'town-finance',
      status: 'received',
      amount: '1000万元',
      period: '2011-H1',
      source: {
        document: 'qingshanquan-h1',
        quote: '年初镇财政投资1000万元',
      },
    },
    {
      id: 'jianshe-clothing-capital',
      townId: 'jianshe',
      projectId: 'jianshe-clothing',
      kind: 'social-capital',
      status: 'received',
      amount: '1500万元',
      period: '2011',
      source: {
        document: 'jianshe-2011',
        quote: '总投资6500万元的福建克林斯顿服饰有限公司，已投入1500万元',
      },
    },
  ],
  landQuotas: [
    {
      id: 'baita-available',
      townId: 'baita',
      kind: 'construction',
      area: '116.7公顷',
      period: '2011-01-01/2015-12-31',
      name: '可支配建设用地指标',
      source: {
        document: 'baita-2011',
        quote: '我镇可支配建设用地指标116.7公顷',
      },
    },
    {
      id: 'baita-available-urban',
      townId: 'baita',
      kind: 'construction',
      area: '32.25公顷',
      period: '2011-01-01/2015-12-31',
      name: '城镇建设用地指标',
      partOf: 'baita-available',
      source: {
        document: 'baita-2011',
        quote: '其中，城镇建设用地指标32.25公顷',
      },
    },
    {
      id: 'baita-demand',
      townId: 'baita',
      kind: 'construction',
      side: 'demand',
      area: '283.4公顷',
      period: '2011-01-01/2015-12-31',
      name: '实际建设需求',
      source: {
        document: 'baita-2011',
        quote: '而实际建设需求283.4公顷',
      },
    },
    {
      id: 'baita-demand-urban',
      townId: 'baita',
      kind: 'construction',
      side: 'demand',
      area: '145.4公顷',
      period: '2011-01-01/2015-12-31',
      name: '城镇建设用地需求',
      partOf: 'baita-demand',
      source: {
        document: 'baita-2011',
        quote: '其中，城镇建设用地需求145.4公顷',
      },
    },
    {
      id: 'xx-city-linking-turnover',
      townId: 'xx-city',
      kind: 'linking-turnover',
      area: '28.20万亩',
      projectCount: 489,
      name: '挂钩周转指标',
      source: {
        document: 'chengdu',
        quote: '我市经部、省批准立项的增减挂钩试点项目489个，挂钩周转指标28.20万亩',
      },
    },
    {
      id: 'xx-city-linking-surplus',
      townId: 'xx-city',
      kind: 'linking-surplus',
      area: '21.28万亩',
      status: 'estimated',
      notes: '全部实施完成可节余 (once every linking project is carried out)',
      source: {
        document: 'chengdu',
        quote: '全部实施完成可节余21.28万亩建设用地指标用于城镇建设',
      },
    },
    {
      id: 'xx-city-consolidation',
      townId: 'xx-city',
      kind: 'consolidation',
      area: '8.87万亩',
      projectCount: 267,
      name: '农民集中建房整理项目规划整理面积',
      source: {
        document: 'chengdu',
        quote: '全市批准立项农民集中建房整理项目267个，规划整理面积8.87万亩',
      },
    },
    {
      id: 'simen-offset',
      townId: 'simen',
      kind: 'offset',
      area: '1200亩',
      value: '7200万元',
      source: {
        document: 'yuyao',
        quote: '泗门镇土地折抵指标增加了1200亩，可折合资金7200万元',
      },
    },
    {
      id: 'simen-farmland-adjustment',
      townId: 'simen',
      kind: 'farmland-adjustment',
      area: '1800亩',
      value: '216万元',
      notes: '1200元/亩, 1/50 of the 折抵 price (seed-claims B27)',
      source: {
        document: 'yuyao',
        quote: '农保调整指标增加了1800亩，可折合资金216万元',
      },
    },
    {
      id: 'qsq-reclamation',
      townId: 'qingshanquan',
      kind: 'reclamation',
      area: '71.42亩',
      period: '2011-H1',
      notes: 'the four parcels add up to 71.60亩 against the stated 71.42亩, as printed',
      source: {
        document: 'qingshanquan-h1',
        quote: '今年全镇拆旧复耕土地面积71.42亩',
      },
    },
    {
      id: 'qsq-reclamation-aikeng',
      townId: 'qingshanquan',
      kind: 'reclamation',
      area: '11.53亩',
      period: '2011-H1',
      partOf: 'qsq-reclamation',
      name: '简家村委艾坑',
      source: {
        document: 'qingshanquan-h1',
        quote: '简家村委艾坑11.53亩',
      },
    },
    {
      id: 'qsq-reclamation-shatian',
      townId: 'qingshanquan',
      kind: 'reclamation',
      area: '6.65亩',
      period: '2011-H1',
      partOf: 'qsq-reclamation',
      name: '五星村委沙田',
      source: {
        document: 'qingshanquan-h1',
        quote: '五星村委沙田6.65亩',
      },
    },
    {
      id: 'qsq-reclamation-hanyuan',
      townId: 'qingshanquan',
      kind: 'reclamation',
      area: '31.3亩',
      period: '2011-H1',
      partOf: 'qsq-reclamation',
      name: '汉元村委汉元村小组',
      source: {
        document: 'qingshanquan-h1',
        quote: '汉元村委汉元村小组31.3亩',
      },
    },
    {
      id: 'qsq-reclamation-naoshang',
      townId: 'qingshanquan',
      kind: 'reclamation',
      area: '22.12亩',
      period: '2011-H1',
      partOf: 'qsq-reclamation',
      name: '桥口村委闹上村小组',
      source: {
        document: 'qingshanquan-h1',
        quote: '桥口村委闹上村小组22.12亩',
      },
    },
  ],
  observations: [
    {
      id: 'b1-gross-output',
      townId: 'b1',
      indicator: 'gross-output-industry-agriculture',
      period: '2011',
      value: '164.8亿元',
      status: 'estimated',
      growth: '9%',
      source: {
        document: 'b1-2011',
        quote: 'xxxx年全镇预计实现工农业生产总值164.8亿元，比上年增长9%',
      },
    },
    {
      id: 'b1-industrial-output',
      townId: 'b1',
      indicator: 'industrial-output',
      period: '2011',
      value: '160亿元',
      status: 'estimated',
      growth: '9.5%',
      source: {
        document: 'b1-2011',
        quote: '其中工业总产值为160亿元，增长9.5%',
      },
    },
    {
      id: 'b1-agricultural-output',
      townId: 'b1',
      indicator: 'agricultural-output',
      period: '2011',
      value: '4.8亿元',
      status: 'estimated',
      growth: '5%',
      source: {
        document: 'b1-2011',
        quote: '农业总产值4.8亿元，增长5%',
      },
    },
    {
      id: 'b1-rural-income',
      townId: 'b1',
      indicator: 'rural-income-per-capita',
      period: '2011',
      value: '13730元',
      status: 'estimated',
      growth: '5%',
      source: {
        document: 'b1-2011',
        quote: '农民人均纯收入可达到13730元，增长5%',
      },
    },
    {
      id: 'b1-fiscal-revenue',
      townId: 'b1',
      indicator: 'fiscal-revenue',
      period: '2011',
      value: '4.7亿元',
      status: 'estimated',
      growth: '9.6%',
      source: {
        document: 'b1-2011',
        quote: '预计完成财政总收入4.7亿元，增长9.6%',
      },
    },
    {
      id: 'b1-industrial-fai',
      townId: 'b1',
      indicator: 'industrial-fixed-asset-investment',
      period: '2011',
      value: '5.5亿元',
      growth: '7%',
      source: {
        document: 'b1-2011',
        quote: '完成工业固定资产投入5.5亿元，增长7%',
      },
    },
    {
      id: 'b1-above-scale-output',
      townId: 'b1',
      indicator: 'above-scale-industrial-output',
      period: '2011',
      value: '66.5亿元',
      growth: '14%',
      source: {
        document: 'b1-2011',
        quote: '规模以上企业分别实现产、销、利66.5亿元、65亿元、3.9亿元，同比增长14%、14.5%和7%',
      },
    },
    {
      id: 'b1-above-scale-sales',
      townId: 'b1',
      indicator: 'above-scale-industrial-sales',
      period: '2011',
      value: '65亿元',
      growth: '14.5%',
      source: {
        document: 'b1-2011',
        quote: '规模以上企业分别实现产、销、利66.5亿元、65亿元、3.9亿元，同比增长14%、14.5%和7%',
      },
    },
    {
      id: 'b1-above-scale-profit',
      townId: 'b1',
      indicator: 'above-scale-industrial-profit',
      period: '2011',
      value: '3.9亿元',
      growth: '7%',
      source: {
        document: 'b1-2011',
        quote: '规模以上企业分别实现产、销、利66.5亿元、65亿元、3.9亿元，同比增长14%、14.5%和7%',
      },
    },
    {
      id: 'b1-high-tech-output',
      townId: 'b1',
      indicator: 'high-tech-output',
      period: '2011',
      value: '近30亿元',
      source: {
        document: 'b1-2011',
        quote: '高新技术产品和新材料、新能源产值达近30亿元',
      },
    },
    {
      id: 'b1-commercial-sales',
      townId: 'b1',
      indicator: 'commercial-sales',
      period: '2011',
      value: '突破10亿元',
      growth: '49%',
      source: {
        document: 'b1-2011',
        quote: 'xxxx年商贸销售突破10亿元，比上年增长49%',
      },
    },
    {
      id: 'jianshe-gross-output',
      townId: 'jianshe',
      indicator: 'gross-output-industry-agriculture',
      period: '2011',
      value: '19.33亿元',
      growth: '27.5%',
      notes:
        '27.5% is 27.447% from the growth of its parts (农林牧渔业 +7.8%, 工业 +30%), as printed',
      source: {
        document: 'jianshe-2011',
        quote: '全镇实现工农业总产值19.33亿元，增长27.5%',
      },
    },
    {
      id: 'jianshe-agricultural-output',
      townId: 'jianshe',
      indicator: 'agricultural-output',
      period: '2011',
      value: '1.88亿元',
      growth: '7.8%',
      notes: '农林牧渔业总产值',
      source: {
        document: 'jianshe-2011',
        quote: '其中，农林牧渔业总产值达1.88亿元，增长7.8%',
      },
    },
    {
      id: 'jianshe-industrial-output',
      townId: 'jianshe',
      indicator: 'industrial-output',
      period: '2011',
      value: '17.45亿元',
      growth: '30%',
      source: {
        document: 'jianshe-2011',
        quote: '工业总产值达17.45亿元，增长30%',
      },
    },
    {
      id: 'jianshe-above-scale-output',
      townId: 'jianshe',
      indicator: 'above-scale-industrial-output',
      period: '2011',
      value: '9.51亿元',
      growth: '49%',
      source: {
        document: 'jianshe-2011',
        quote: '规模以上工业产值达9.51亿元，增长49%',
      },
    },
    {
      id: 'jianshe-rural-fai',
      townId: 'jianshe',
      indicator: 'rural-fixed-asset-investment',
      period: '2011',
      value: '7.8亿元',
      growth: '35.3%',
      source: {
        document: 'jianshe-2011',
        quote: '农村固定资产投资达到7.8亿元，增长35.3%',
      },
    },
    {
      id: 'jianshe-fiscal-revenue',
      townId: 'jianshe',
      indicator: 'fiscal-revenue',
      period: '2011',
      value: '3643万元',
      growth: '32%',
      source: {
        document: 'jianshe-2011',
        quote: '全镇财政总收入达3643万元，增长32%',
      },
    },
    {
      id: 'jianshe-rural-income',
      townId: 'jianshe',
      indicator: 'rural-income-per-capita',
      period: '2011',
      value: '9365元',
      growth: '21%',
      source: {
        document: 'jianshe-2011',
        quote: '农民人均纯收入达9365元，增长21%',
      },
    },
    {
      id: 'simen-gross-output',
      townId: 'simen',
      indicator: 'gross-output-industry-agriculture',
      period: '2011',
      value: '155.3亿元',
      multiple: '5.1',
      base: '1996',
      source: {
        document: 'yuyao',
        quote: '2024实现工农业总产值155.3亿元，是96年的5.1倍',
      },
    },
    {
      id: 'simen-fiscal-revenue',
      townId: 'simen',
      indicator: 'fiscal-revenue',
      period: '2011',
      value: '4.22亿元',
      multiple: '15.7',
      base: '1996',
      source: {
        document: 'yuyao',
        quote: '财政收入达到4.22亿元，是96年的15.7倍',
      },
    },
    {
      id: 'simen-built-up-1996',
      townId: 'simen',
      indicator: 'built-up-area',
      period: '1996',
      value: '1.5平方公里',
      source: {
        document: 'yuyao',
        quote: '泗门镇建成区面积从96年的1.5平方公里增加到现在的10.3平方公里',
      },
    },
    {
      id: 'simen-built-up',
      townId: 'simen',
      indicator: 'built-up-area',
      period: '2011',
      value: '10.3平方公里',
      notes: '现在 (the report’s present)',
      source: {
        document: 'yuyao',
        quote: '泗门镇建成区面积从96年的1.5平方公里增加到现在的10.3平方公里',
      },
    },
    {
      id: 'simen-tertiary-output',
      townId: 'simen',
      indicator: 'tertiary-output',
      period: '2011',
      value: '12.8亿元',
      source: {
        document: 'yuyao',
        quote: '到2024年底，泗门镇进工业园区企业达201家，第三产业总产值达12.8亿元,城镇化率达到49',
      },
    },
    {
      id: 'simen-urbanization',
      townId: 'simen',
      indicator: 'urbanization-rate',
      period: '2011',
      value: '49%',
      notes: "printed without % ('城镇化率达到49'); the % is restored here",
      source: {
        document: 'yuyao',
        quote: '到2024年底，泗门镇进工业园区企业达201家，第三产业总产值达12.8亿元,城镇化率达到49',
      },
    },
    {
      id: 'simen-rural-income',
      townId: 'simen',
      indicator: 'rural-income-per-capita',
      period: '2011',
      value: '10372元',
      increment: '4766元',
      base: '1996',
      source: {
        document: 'yuyao',
        quote: '2024年泗门镇农民人均收入10372元，比96年增加4766元',
      },
    },
    {
      id: 'simen-industrial-output',
      townId: 'simen',
      indicator: 'industrial-output',
      period: '2011',
      value: '150亿元',
      source: {
        document: 'yuyao',
        quote: '2024年实现工业总产值150亿元，出口创汇12570万美元',
      },
    },
    {
      id: 'simen-export',
      townId: 'simen',
      indicator: 'export-earnings',
      period: '2011',
      value: '12570万美元',
      source: {
        document: 'yuyao',
        quote: '2024年实现工业总产值150亿元，出口创汇12570万美元',
      },
    },
    {
      id: 'simen-park-enterprises',
      townId: 'simen',
      indicator: 'park-enterprises',
      period: '2011',
      value: '201家',
      source: {
        document: 'yuyao',
        quote: '到2024年底，泗门镇进工业园区企业达201家，第三产业总产值达12.8亿元,城镇化率达到49',
      },
    },
    {
      id: 'simen-pension-coverage',
      townId: 'simen',
      indicator: 'pension-insurance-coverage',
      period: '2011',
      value: '95%',
      notes:
        "被征地人员 aged 16 and over; printed without % ('参保率达到95'); the % is restored here",
      source: {
        document: 'yuyao',
        quote: '到2024年泗门镇16周岁以上被征地人员养老保险参保率达到95',
      },
    },
    {
      id: 'simen-medical-coverage',
      townId: 'simen',
      indicator: 'rural-cooperative-medical-coverage',
      period: '2011',
      value: '86.7%',
      notes: "printed without % ('参保率达到86.7'); the % is restored here",
      source: {
        document: 'yuyao',
        quote: '新型合作医疗农民参保率达到86.7',
      },
    },
    {
      id: 'liangnong-rural-economic-income',
      townId: 'liangnong',
      indicator: 'rural-economic-income',
      period: '2011',
      value: '17.1亿元',
      multiple: '3.85',
      base: '1996',
      source: {
        document: 'yuyao',
        quote: '2024年实现农村经济总收入17.1亿元,是96年的3.85倍',
      },
    },
    {
      id: 'liangnong-budget-revenue',
      townId: 'liangnong',
      indicator: 'general-budget-revenue',
      period: '2011',
      value: '4018万元',
      multiple: '3.4',
      base: '1996',
      source: {
        document: 'yuyao',
        quote: '财政一般预算收入4018万元，是96年的3.4倍',
      },
    },
    {
      id: 'liangnong-built-up',
      townId: 'liangnong',
      indicator: 'built-up-area',
      period: '2011',
      value: '5平方公里',
      notes: '扩大 from 3平方公里 in a year the text does not give',
      source: {
        document: 'yuyao',
        quote: '梁弄镇建成区面积从3平方公里扩大到5平方公里',
      },
    },
    {
      id: 'liangnong-park-enterprises',
      townId: 'liangnong',
      indicator: 'park-enterprises',
      period: '2011',
      value: '26家',
      notes: '湖东工业功能区',
      source: {
        document: 'yuyao',
        quote: '到2024年底，进功能区企业26家',
      },
    },
    {
      id: 'liangnong-tertiary-output',
      townId: 'liangnong',
      indicator: 'tertiary-output',
      period: '2011',
      value: '2.85亿元',
      growth: '29.5%',
      notes: "printed without % ('比上年增长29.5'); the % is restored here",
      source: {
        document: 'yuyao',
        quote: '到2024年底三产总产值2.85亿元,比上年增长29.5',
      },
    },
    {
      id: 'liangnong-rural-income',
      townId: 'liangnong',
      indicator: 'rural-income-per-capita',
      period: '2011',
      value: '4500元',
      increment: '2454元',
      base: '1996',
      source: {
        document: 'yuyao',
        quote: '梁弄镇人均纯收入4500元，比96年增加2454元',
      },
    },
    {
      id: 'liangnong-tourist-visits',
      townId: 'liangnong',
      indicator: 'tourist-visits',
      period: '2011',
      value: '35万人次',
      source: {
        document: 'yuyao',
        quote: '2024年共接待游客35万人次，实现旅游收入4500万元',
      },
    },
    {
      id: 'liangnong-tourism-revenue',
      townId: 'liangnong',
      indicator: 'tourism-revenue',
      period: '2011',
      value: '4500万元',
      source: {
        document: 'yuyao',
        quote: '2024年共接待游客35万人次，实现旅游收入4500万元',
      },
    },
    {
      id: 'liangnong-medical-coverage',
      townId: 'liangnong',
      indicator: 'rural-cooperative-medical-coverage',
      period: '2011',
      value: '85%以上',
      notes: "printed without % ('参保率达85以上'); the % is restored here",
      source: {
        document: 'yuyao',
        quote: '梁弄镇新型农村合作医疗参保率达85以上',
      },
    },
    {
      id: 'xx-city-renovation-investment',
      townId: 'xx-city',
      indicator: 'completed-investment',
      period: '2011',
      value: '60.3亿元',
      notes: '小城镇改造实际完成投资',
      source: {
        document: 'chengdu',
        quote: '完成改造项目616个、实际完成投资60.3亿元',
      },
    },
    {
      id: 'xx-city-social-capital-share',
      townId: 'xx-city',
      indicator: 'renovation-social-capital-share',
      period: '2011',
      value: '66.8%',
      source: {
        document: 'chengdu',
        quote: '吸引社会资金投入40.3亿元，占小城镇改造实际完成投资60.3亿元的66.8%',
      },
    },
    {
      id: 'xx-city-agricultural-loans',
      townId: 'xx-city',
      indicator: 'agricultural-loans',
      period: '2011',
      value: '940亿元',
      increment: '134亿元',
      notes: '成都农商银行; the increment is 比年初 (since the start of the year)',
      source: {
        document: 'chengdu',
        quote: '今年，成都农商银行涉农贷款余额940亿元，比年初增加134亿元',
      },
    },
    {
      id: 'xx-city-organization-loans',
      townId: 'xx-city',
      indicator: 'rural-organization-loans',
      period: '2011',
      value: '106亿元',
      increment: '22亿元',
      notes: 'the increment is 比年初',
      source: {
        document: 'chengdu',
        quote: '农村经济组织贷款余额106亿元，比年初增加22亿元',
      },
    },
    {
      id: 'xx-city-mortgage-count',
      townId: 'xx-city',
      indicator: 'rural-property-mortgage-count',
      period: '2011',
      value: '2024笔',
      notes:
        'the parts add up to 2054笔: the total was overwritten by the anonymiser (seed-claims A08)',
      source: {
        document: 'chengdu',
        quote: '截至今年底，全市累计实现农村产权抵押融资2024笔，金额69亿元',
      },
    },
    {
      id: 'xx-city-mortgage-loans',
      townId: 'xx-city',
      indicator: 'rural-property-mortgage-loans',
      period: '2011',
      value: '69亿元',
      notes: '累计 (cumulative)',
      source: {
        document: 'chengdu',
        quote: '截至今年底，全市累计实现农村产权抵押融资2024笔，金额69亿元',
      },
    },
    {
      id: 'xx-city-mortgage-balance',
      townId: 'xx-city',
      indicator: 'rural-property-mortgage-balance',
      period: '2011',
      value: '58.9亿元',
      increment: '9.2亿元',
      notes: 'the increment is 较年初',
      source: {
        document: 'chengdu',
        quote: '农村产权抵押融资余额58.9亿元，较年初增加9.2亿元',
      },
    },
    {
      id: 'xx-city-tap-water',
      townId: 'xx-city',
      indicator: 'tap-water-coverage',
      period: '2011',
      value: '65%',
      notes: '由58.4%提高到65%: the text gives no period for the 58.4%',
      source: {
        document: 'chengdu',
        quote: '自来水普及率由58.4%提高到65%',
      },
    },
    {
      id: 'xx-city-sewage',
      townId: 'xx-city',
      indicator: 'sewage-treatment-rate',
      period: '2011',
      value: '68%',
      notes: '由67%提高到68%: the text gives no period for the 67%',
      source: {
        document: 'chengdu',
        quote: '乡镇污水处理率由67%提高到68%',
      },
    },
    {
      id: 'small-cities-investment',
      townId: 'chengdu-small-cities',
      indicator: 'completed-investment',
      period: '2011',
      value: '118亿元',
      notes: '累计 (cumulative), 200 projects',
      source: {
        document: 'chengdu',
        quote: '首批13个小城市建设示范镇先后实施项目200个、累计完成投资118亿元',
      },
    },
    {
      id: 'small-cities-built-up',
      townId: 'chengdu-small-cities',
      indicator: 'built-up-area',
      period: '2011',
      value: '88平方公里',
      source: {
        document: 'chengdu',
        quote:
          '建成区面积达到88平方公里，城镇居住人口52.7万人，城镇化率达70%，农民集中居住人口占农村总人口的79%',
      },
    },
    {
      id: 'small-cities-urban-population',
      townId: 'chengdu-small-cities',
      indicator: 'urban-population',
      period: '2011',
      value: '52.7万人',
      source: {
        document: 'chengdu',
        quote:
          '建成区面积达到88平方公里，城镇居住人口52.7万人，城镇化率达70%，农民集中居住人口占农村总人口的79%',
      },
    },
    {
      id: 'small-cities-urbanization',
      townId: 'chengdu-small-cities',
      indicator: 'urbanization-rate',
      period: '2011',
      value: '70%',
      source: {
        document: 'chengdu',
        quote:
          '建成区面积达到88平方公里，城镇居住人口52.7万人，城镇化率达70%，农民集中居住人口占农村总人口的79%',
      },
    },
    {
      id: 'small-cities-concentrated',
      townId: 'chengdu-small-cities',
      indicator: 'concentrated-residence-rate',
      period: '2011',
      value: '79%',
      source: {
        document: 'chengdu',
        quote:
          '建成区面积达到88平方公里，城镇居住人口52.7万人，城镇化率达70%，农民集中居住人口占农村总人口的79%',
      },
    },
    {
      id: 'characteristic-towns-investment',
      townId: 'chengdu-characteristic-towns',
      indicator: 'completed-investment',
      period: '2011',
      value: '85亿元',
      notes: '298 projects',
      source: {
        document: 'chengdu',
        quote: '首批启动的30个特色镇今年累计实施项目298个、完成投资85亿元',
      },
    },
    {
      id: 'characteristic-towns-built-up',
      townId: 'chengdu-characteristic-towns',
      indicator: 'built-up-area',
      period: '2011',
      value: '67平方公里',
      notes: 'printed 成区面积',
      source: {
        document: 'chengdu',
        quote:
          '30个特色镇成区面积达67平方公里、城镇居住人口37.7万人，城镇化率达48%，农民集中居住人口占农村总人口的64.6%',
      },
    },
    {
      id: 'characteristic-towns-urban-population',
      townId: 'chengdu-characteristic-towns',
      indicator: 'urban-population',
      period: '2011',
      value: '37.7万人',
      source: {
        document: 'chengdu',
        quote:
          '30个特色镇成区面积达67平方公里、城镇居住人口37.7万人，城镇化率达48%，农民集中居住人口占农村总人口的64.6%',
      },
    },
    {
      id: 'characteristic-towns-urbanization',
      townId: 'chengdu-characteristic-towns',
      indicator: 'urbanization-rate',
      period: '2011',
      value: '48%',
      source: {
        document: 'chengdu',
        quote:
          '30个特色镇成区面积达67平方公里、城镇居住人口37.7万人，城镇化率达48%，农民集中居住人口占农村总人口的64.6%',
      },
    },
    {
      id: 'characteristic-towns-concentrated',
      townId: 'chengdu-characteristic-towns',
      indicator: 'concentrated-residence-rate',
      period: '2011',
      value: '64.6%',
      source: {
        document: 'chengdu',
        quote:
          '30个特色镇成区面积达67平方公里、城镇居住人口37.7万人，城镇化率达48%，农民集中居住人口占农村总人口的64.6%',
      },
    },
    {
      id: 'pilot-towns-gdp',
      townId: 'chengdu-pilot-towns',
      indicator: 'gdp',
      period: '2011',
      value: '184.9亿元',
      growth: '12.8%',
      notes: 'the price basis of the growth is not stated',
      source: {
        document: 'chengdu',
        quote: '8个镇地区生产总值达到184.9亿元，同比增长12.8%',
      },
    },
    {
      id: 'anren-tourist-visits',
      townId: 'anren',
      indicator: 'tourist-visits',
      period: '2011',
      value: '209.73万人次',
      growth: '54%',
      notes: '国内游客',
      source: {
        document: 'chengdu',
        quote:
          '今年，安仁古镇共接待国内游客209.73万人次，国内旅游综合收入18875.7万元，分别比去年同期增长54%和73%',
      },
    },
    {
      id: 'anren-tourism-revenue',
      townId: 'anren',
      indicator: 'tourism-revenue',
      period: '2011',
      value: '18875.7万元',
      growth: '73%',
      notes: '国内旅游综合收入: exactly 90元 per visit (seed-claims A14)',
      source: {
        document: 'chengdu',
        quote:
          '今年，安仁古镇共接待国内游客209.73万人次，国内旅游综合收入18875.7万元，分别比去年同期增长54%和73%',
      },
    },
    {
      id: 'ande-industrial-output',
      townId: 'ande',
      indicator: 'industrial-output',
      period: '2011',
      value: '56亿元',
      source: {
        document: 'chengdu',
        quote: '全年实现工业总产值56亿元，完成税收2.05亿元，主导产业所占比重达50.5%',
      },
    },
    {
      id: 'ande-tax-revenue',
      townId: 'ande',
      indicator: 'tax-revenue',
      period: '2011',
      value: '2.05亿元',
      source: {
        document: 'chengdu',
        quote: '全年实现工业总产值56亿元，完成税收2.05亿元，主导产业所占比重达50.5%',
      },
    },
    {
      id: 'ande-leading-industry-share',
      townId: 'ande',
      indicator: 'leading-industry-share',
      period: '2011',
      value: '50.5%',
      notes: 'the base of the share is not stated',
      source: {
        document: 'chengdu',
        quote: '全年实现工业总产值56亿元，完成税收2.05亿元，主导产业所占比重达50.5%',
      },
    },
  ],
  claims: [
    {
      id: 'chengdu-social-capital-share',
      townId: 'xx-city',
      kind: 'share',
      period: '2011',
      name: '社会资金占小城镇改造实际完成投资比重',
      stated: '66.8%',
      inputs: {
        part: {
          text: '40.3亿元',
          name: '社会资金投入',
          fundingSourceId: 'xx-city-social-capital',
        },
        whole: {
          text: '60.3亿元',
          name: '小城镇改造实际完成投资',
          observationId: 'xx-city-renovation-investment',
          projectId: 'xx-city-renovation',
        },
      },
      notes: 'seed-claims A01',
      source: {
        document: 'chengdu',
        quote: '吸引社会资金投入40.3亿元，占小城镇改造实际完成投资60.3亿元的66.8%',
      },
    },
    {
      id: 'chengdu-mortgage-count',
      townId: 'xx-city',
      kind: 'sum',
      period: '2011',
      name: '农村产权抵押融资笔数',
      stated: '2024笔',
      exactInputs: true,
      inputs: {
        parts: [
          {
            text: '1514笔',
            name: '农村房屋',
          },
          {
            text: '54笔',
            name: '农村土地承包经营权',
          },
          {
            text: '262笔',
            name: '农村集体建设用地使用权',
          },
          {
            text: '224笔',
            name: '林权',
          },
        ],
      },
      notes:
        'seed-claims A08: the parts add up to 2054笔; the anonymiser overwrote the total with 2024',
      source: {
        document: 'chengdu',
        quote:
          '全市累计实现农村产权抵押融资2024笔，金额69亿元。其中，农村房屋1514笔，金额4.6亿元；农村土地承包经营权54笔，金额2250万元；农村集体建设用地使用权262笔，金额31.7亿元；林权224笔，金额32.6亿元',
      },
    },
    {
      id: 'chengdu-mortgage-amount',
      townId: 'xx-city',
      kind: 'sum',
      period: '2011',
      name: '农村产权抵押融资金额',
      stated: '69亿元',
      inputs: {
        parts: [
          {
            text: '4.6亿元',
            name: '农村房屋',
          },
          {
            text: '2250万元',
            name: '农村土地承包经营权',
          },
          {
            text: '31.7亿元',
            name: '农村集体建设用地使用权',
          },
          {
            text: '32.6亿元',
            name: '林权',
          },
        ],
      },
      notes: 'seed-claims A09',
      source: {
        document: 'chengdu',
        quote:
          '金额69亿元。其中，农村房屋1514笔，金额4.6亿元；农村土地承包经营权54笔，金额2250万元；农村集体建设用地使用权262笔，金额31.7亿元；林权224笔，金额32.6亿元',
      },
    },
    {
      id: 'b1-gross-output-sum',
      townId: 'b1',
      kind: 'sum',
      period: '2011',
      name: '工农业生产总值',
      stated: '164.8亿元',
      inputs: {
        parts: [
          {
            text: '160亿元',
            name: '工业总产值',
            observationId: 'b1-industrial-output',
          },
          {
            text: '4.8亿元',
            name: '农业总产值',
            observationId: 'b1-agricultural-output',
          },
        ],
      },
      notes: 'seed-claims B02',
      source: {
        document: 'b1-2011',
        quote:
          '全镇预计实现工农业生产总值164.8亿元，比上年增长9%，其中工业总产值为160亿元，增长9.5% ；农业总产值4.8亿元，增长5%',
      },
    },
    {
      id: 'b1-gross-output-growth',
      townId: 'b1',
      kind: 'aggregate-growth',
      period: '2011',
      name: '工农业生产总值增长',
      stated: '9%',
      inputs: {
        components: [
          {
            current: {
              text: '160亿元',
              name: '工业总产值',
              observationId: 'b1-industrial-output',
            },
            growth: '9.5%',
          },
          {
            current: {
              text: '4.8亿元',
              name: '农业总产值',
              observationId: 'b1-agricultural-output',
            },
            growth: '5%',
          },
        ],
        total: {
          text: '164.8亿元',
          name: '工农业生产总值',
          observationId: 'b1-gross-output',
        },
      },
      notes: 'seed-claims B03: 9.36% from the parts rounds to the stated 9% (0 decimals)',
      source: {
        document: 'b1-2011',
        quote:
          '全镇预计实现工农业生产总值164.8亿元，比上年增长9%，其中工业总产值为160亿元，增长9.5% ；农业总产值4.8亿元，增长5%',
      },
    },
    {
      id: 'jianshe-zones-investment',
      townId: 'jianshe',
      kind: 'sum',
      period: '2011',
      name: '四个战区规划总投资',
      stated: '22.32亿元',
      inputs: {
        parts: [
          {
            text: '3.41亿元',
            name: '基础设施战区',
            projectId: 'jianshe-infrastructure',
          },
          {
            text: '10.3亿元',
            name: '产业发展战区',
            projectId: 'jianshe-industry',
          },
          {
            text: '7.55亿元',
            name: '城镇建设战区',
            projectId: 'jianshe-urban',
          },
          {
            text: '1.102亿元',
            name: '水利项目建设战区',
            projectId: 'jianshe-water',
          },
        ],
      },
      notes: 'the zones add up to 22.362亿元 (DOMAIN.md): inconsistent as printed',
      source: {
        document: 'jianshe-2011',
        quote: '实施在建、续建23个项目，规划总投资22.32亿元',
      },
    },
    {
      id: 'jianshe-zones-projects',
      townId: 'jianshe',
      kind: 'sum',
      period: '2011',
      name: '四个战区项目数',
      stated: '23个',
      exactInputs: true,
      inputs: {
        parts: [
          {
            text: '6个',
            projectId: 'jianshe-infrastructure',
          },
          {
            text: '7个',
            projectId: 'jianshe-industry',
          },
          {
            text: '7个',
            projectId: 'jianshe-urban',
          },
          {
            text: '3个',
            projectId: 'jianshe-water',
          },
        ],
      },
      source: {
        document: 'jianshe-2011',
        quote: '实施在建、续建23个项目',
      },
    },
    {
      id: 'jianshe-zones-completed',
      townId: 'jianshe',
      kind: 'sum',
      period: '2011',
      name: '四个战区年内已完成投资',
      stated: '9.6亿元',
      inputs: {
        parts: [
          {
            text: '1.5亿元',
            projectId: 'jianshe-infrastructure',
          },
          {
            text: '2.98亿元',
            projectId: 'jianshe-industry',
          },
          {
            text: '4.72亿元',
            projectId: 'jianshe-urban',
          },
          {
            text: '0.414亿元',
            projectId: 'jianshe-water',
          },
        ],
      },
      notes: '9.614亿元 rounds to the stated 9.6亿元',
      source: {
        document: 'jianshe-2011',
        quote: '年内已完成投资9.6亿元',
      },
    },
    {
      id: 'jianshe-water-investment',
      townId: 'jianshe',
      kind: 'sum',
      period: '2011',
      name: '水利项目建设战区总投资',
      stated: '1.102亿元',
      inputs: {
        parts: [
          {
            text: '1.06亿元',
            projectId: 'jianshe-creek',
          },
          {
            text: '120万元',
            projectId: 'jianshe-clean-water',
          },
          {
            text: '300万元',
            projectId: 'jianshe-irrigation',
          },
        ],
      },
      source: {
        document: 'jianshe-2011',
        quote: '水利项目建设战区，共涉及3个项目，总投资1.102亿元',
      },
    },
    {
      id: 'jianshe-gross-output-sum',
      townId: 'jianshe',
      kind: 'sum',
      period: '2011',
      name: '工农业总产值',
      stated: '19.33亿元',
      inputs: {
        parts: [
          {
            text: '1.88亿元',
            name: '农林牧渔业总产值',
            observationId: 'jianshe-agricultural-output',
          },
          {
            text: '17.45亿元',
            name: '工业总产值',
            observationId: 'jianshe-industrial-output',
          },
        ],
      },
      source: {
        document: 'jianshe-2011',
        quote:
          '全镇实现工农业总产值19.33亿元，增长27.5%。其中，农林牧渔业总产值达1.88亿元，增长7.8%；工业总产值达17.45亿元，增长30%',
      },
    },
    {
      id: 'jianshe-gross-output-growth',
      townId: 'jianshe',
      kind: 'aggregate-growth',
      period: '2011',
      name: '工农业总产值增长',
      stated: '27.5%',
      inputs: {
        components: [
          {
            current: {
              text: '1.88亿元',
              name: '农林牧渔业总产值',
              observationId: 'jianshe-agricultural-output',
            },
            growth: '7.8%',
          },
          {
            current: {
              text: '17.45亿元',
              name: '工业总产值',
              observationId: 'jianshe-industrial-output',
            },
            growth: '30%',
          },
        ],
        total: {
          text: '19.33亿元',
          name: '工农业总产值',
          observationId: 'jianshe-gross-output',
        },
      },
      notes:
        '27.447% from the parts (DOMAIN.md): inconsistent as printed, though within the rounding of the inputs',
      source: {
        document: 'jianshe-2011',
        quote:
          '全镇实现工农业总产值19.33亿元，增长27.5%。其中，农林牧渔业总产值达1.88亿元，增长7.8%；工业总产值达17.45亿元，增长30%',
      },
    },
    {
      id: 'qsq-reclamation-area',
      townId: 'qingshanquan',
      kind: 'sum',
      period: '2011-H1',
      name: '拆旧复耕土地面积',
      stated: '71.42亩',
      inputs: {
        parts: [
          {
            text: '11.53亩',
            name: '简家村委艾坑',
            landQuotaId: 'qsq-reclamation-aikeng',
          },
          {
            text: '6.65亩',
            name: '五星村委沙田',
            landQuotaId: 'qsq-reclamation-shatian',
          },
          {
            text: '31.3亩',
            name: '汉元村委汉元村小组',
            landQuotaId: 'qsq-reclamation-hanyuan',
          },
          {
            text: '22.12亩',
            name: '桥口村委闹上村小组',
            landQuotaId: 'qsq-reclamation-naoshang',
          },
        ],
      },
      notes: 'the parcels add up to 71.60亩 (DOMAIN.md): inconsistent as printed',
      source: {
        document: 'qingshanquan-h1',
        quote:
          '今年全镇拆旧复耕土地面积71.42亩，其中简家村委艾坑11.53亩、五星村委沙田6.65亩、汉元村委汉元村小组31.3亩、桥口村委闹上村小组22.12亩',
      },
    },
  ],
};
