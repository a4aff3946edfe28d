/**
 * Characters as reports print them: traditional forms read as simplified (億 → 亿, 萬 → 万, 畝 →
 * 亩, 個百分點 → 个百分点), full-width forms as ASCII, and Chinese numerals (两千, 一千二百万,
 * 三点五). Every mapping is one UTF-16 unit to one, so offsets into the normalized text are
 * offsets into the original (`simplifiedText('44.1億元')` is `'44.1亿元'`).
 *
 * @internal
 * @module
 */

// Traditional characters of statistical text and their simplified forms, position by position.
const TRADITIONAL =
  '億萬畝噸頃個項臺輛條點兩長標準頭隻張時戶間處棟種歐幣約餘過將減漲幾與為們這區縣鄉鎮總產業農務費額類實現濟經較佔計劃規內際設資運輸銷貨車電氣礦鋼鐵糧豬雞鴨魚麥穀樹園場廠館學醫衛藥養勞動職員從來發達導齡歲邊進還對變後於層屬歷優價儲備債貸財稅險陽雙數據統構結組織線綠紅續維網綜響顯領題順預風飛飲體質貿賣買購讓認證議識調論許評試語說讀豐嚴壓廣廳慶應戰擴擔換損權橋機檢樓歸殘灣熱營環畫當療監碼確礎積穩競築簡範級紀納紙純細終絕給緊緩編練繼聯聲臨舊藝號虧補製複視觀訂記講訓貧賽躍軍載輕轉辦連週遊郵釋銀錄錢鏈門開關陸隊階隨難頻驗異並倉側傷僅兒協單壞墾婦寧寬寫專屆島帶幫庫廢態報擁斷會東極榮樂樣歡決沒況淨溝滅滿漁潔災無煙爐獎獨獲盤眾稱節糾紛綫績纖習聞脫興莊華葉蓋藍蟲裝見親訊詳誤談護負貢販貫責貼賓賦贈軌輔轄遞適遷鄰銅鋁鎖閉閘陣雜離靜頂須顧馬駐驅鹽麗黃漢畢亞偉頒願擊敗暫曉橫濃爭牆獻蘋穫儀戀彙匯滙凈塊墳壩堅奮孫峽廟彎徵慣憲懸戲揮攤殼氫灑燒燈犧獅瑪疊盜碩祿禍窩籌紮縮羅聳膽艙蘭衝襯觸詞該誰諸謀謝貝貯賀賴趙軒輝辭遲鄭醜釀鋪鍋鏡鑒閃閣闊闆闖陳陝雖雲韓頸顏飄飽骯魯鳥鳳鳴鴻鵬擬噴嘗圍團圖圓壯壽夠夥奧嬰寶廈彌徑復懇搶攜敘斂暢曬殺毀湧滬滾澇濕瀋煉爍犢瓊甕癢皺盞矯禦穌窪竄篩糞緝緬縫繡纜罈罰脅腦膚艦芻莖萊蓮蔣薦虛蝕衆裏裡褲襲覺訪訴診諾謎譜豎賬賺贊趕軟輪輩轎迴遙遠選邁鈔鋒錯鍵鐘鑄閒闡陰隱靈韋頁頗颱飯餅騰驚髮鬥鮮齊龍齒龜僱嚮麼乾幹鬆佈術証壇礙係繫卻吳喪嗎墊妝嬸嶺巖廁廂彥悅慮憂懶擇擠攔敵斬晉曆棄楊槍樁檔櫃歎毆氈沖洩淚淺滲潛濱瀕灘煩熾燦爛牽狀猶獄瑣璽甦痺癡盡睜瞭砲硃磚祕禪穎窮竊筆紋紡紳紹絡絨綁綏綢緒締繩繪罷羨聰肅脹膠臘臟舉艱蘆蘇蛻蠶褻覽訟詐詢誇誌誕請諒謊譯讚豈貓賊賢賭贏蹤軸轟遺邏醬釘鈴銳錶鍛鎊闢隸雛霧韻頌頓頰顆颶飼餵饑駕騎鬧鯨鴿鵝鶴黨';
const SIMPLIFIED =
  '亿万亩吨顷个项台辆条点两长标准头只张时户间处栋种欧币约余过将减涨几与为们这区县乡镇总产业农务费额类实现济经较占计划规内际设资运输销货车电气矿钢铁粮猪鸡鸭鱼麦谷树园场厂馆学医卫药养劳动职员从来发达导龄岁边进还对变后于层属历优价储备债贷财税险阳双数据统构结组织线绿红续维网综响显领题顺预风飞饮体质贸卖买购让认证议识调论许评试语说读丰严压广厅庆应战扩担换损权桥机检楼归残湾热营环画当疗监码确础积稳竞筑简范级纪纳纸纯细终绝给紧缓编练继联声临旧艺号亏补制复视观订记讲训贫赛跃军载轻转办连周游邮释银录钱链门开关陆队阶随难频验异并仓侧伤仅儿协单坏垦妇宁宽写专届岛带帮库废态报拥断会东极荣乐样欢决没况净沟灭满渔洁灾无烟炉奖独获盘众称节纠纷线绩纤习闻脱兴庄华叶盖蓝虫装见亲讯详误谈护负贡贩贯责贴宾赋赠轨辅辖递适迁邻铜铝锁闭闸阵杂离静顶须顾马驻驱盐丽黄汉毕亚伟颁愿击败暂晓横浓争墙献苹获仪恋汇汇汇净块坟坝坚奋孙峡庙弯征惯宪悬戏挥摊壳氢洒烧灯牺狮玛叠盗硕禄祸窝筹扎缩罗耸胆舱兰冲衬触词该谁诸谋谢贝贮贺赖赵轩辉辞迟郑丑酿铺锅镜鉴闪阁阔板闯陈陕虽云韩颈颜飘饱肮鲁鸟凤鸣鸿鹏拟喷尝围团图圆壮寿够伙奥婴宝厦弥径复恳抢携叙敛畅晒杀毁涌沪滚涝湿沈炼烁犊琼瓮痒皱盏矫御稣洼窜筛粪缉缅缝绣缆坛罚胁脑肤舰刍茎莱莲蒋荐虚蚀众里里裤袭觉访诉诊诺谜谱竖账赚赞赶软轮辈轿回遥远选迈钞锋错键钟铸闲阐阴隐灵韦页颇台饭饼腾惊发斗鲜齐龙齿龟雇向么干干松布术证坛碍系系却吴丧吗垫妆婶岭岩厕厢彦悦虑忧懒择挤拦敌斩晋历弃杨枪桩档柜叹殴毡冲泄泪浅渗潜滨濒滩烦炽灿烂牵状犹狱琐玺苏痹痴尽睁了炮朱砖秘禅颖穷窃笔纹纺绅绍络绒绑绥绸绪缔绳绘罢羡聪肃胀胶腊脏举艰芦苏蜕蚕亵览讼诈询夸志诞请谅谎译赞岂猫贼贤赌赢踪轴轰遗逻酱钉铃锐表锻镑辟隶雏雾韵颂顿颊颗飓饲喂饥驾骑闹鲸鸽鹅鹤党';

const HAN_FROM = 0x3400;
const HAN_TO = 0x9fff;
let simplifiedCodes: Uint16Array | undefined;

/** A table over the Han block: the simplified code of each traditional one, 0 for the rest. */
function buildSimplified(): Uint16Array {
  const table = new Uint16Array(HAN_TO - HAN_FROM + 1);
  for (let index = 0; index < TRADITIONAL.length; index += 1) {
    table[TRADITIONAL.charCodeAt(index) - HAN_FROM] = SIMPLIFIED.charCodeAt(index);
  }
  return table;
}

/**
 * The code of a character read as reports mean it: full-width ASCII as ASCII (`６` → `6`), the
 * minus and ratio signs as `-` and `:`, a traditional character as its simplified form.
 *
 * @internal
 */
export function normalCode(code: number): number {
  if (code < 0x80) return code;
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x2212) return 0x2d; // − minus sign
  if (code === 0x2236) return 0x3a; // ∶ ratio
  if (code === 0x3000) return 0x20;
  if (code < HAN_FROM || code > HAN_TO) return code;
  simplifiedCodes ??= buildSimplified();
  return simplifiedCodes[code - HAN_FROM] || code;
}

/**
 * The text with every character read by {@link normalCode}: the same length, so offsets carry
 * over.
 *
 * @internal
 */
export function simplifiedText(text: string): string {
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code >= 0x80 && normalCode(code) !== code) break;
    index += 1;
  }
  if (index === text.length) return text;
  const codes = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k += 1) {
    const code = text.charCodeAt(k);
    codes[k] = k < index ? code : normalCode(code);
  }
  return fromCodes(codes);
}

/** A string from UTF-16 code units, in chunks (a megabyte of arguments overflows the stack). */
function fromCodes(codes: Uint16Array): string {
  // A UTF-16 decoder makes the string at once where the platform has one and is little-endian.
  const Decoder = (globalThis as { TextDecoder?: typeof TextDecoder }).TextDecoder;
  if (Decoder !== undefined && new Uint8Array(new Uint16Array([1]).buffer)[0] === 1) {
    try {
      return new Decoder('utf-16le').decode(codes);
    } catch {
      // an engine without the utf-16le label: build it below
    }
  }
  const chunk = 8192;
  const parts: string[] = [];
  for (let at = 0; at < codes.length; at += chunk) {
    parts.push(String.fromCharCode(...codes.subarray(at, Math.min(at + chunk, codes.length))));
  }
  return parts.join('');
}

/** The value of a Chinese digit (零〇一二两三四五六七八九), or −1. */
export function chineseDigit(code: number): number {
  switch (code) {
    case 0x96f6: // 零
    case 0x3007: // 〇
      return 0;
    case 0x4e00: // 一
      return 1;
    case 0x4e8c: // 二
    case 0x4e24: // 两
      return 2;
    case 0x4e09: // 三
      return 3;
    case 0x56db: // 四
      return 4;
    case 0x4e94: // 五
      return 5;
    case 0x516d: // 六
      return 6;
    case 0x4e03: // 七
      return 7;
    case 0x516b: // 八
      return 8;
    case 0x4e5d: // 九
      return 9;
    default:
      return -1;
  }
}

/** The power of ten of a Chinese numeral unit within a section (十 百 千), or 0. */
export function chineseSmallUnit(code: number): number {
  if (code === 0x5341) return 1; // 十
  if (code === 0x767e) return 2; // 百
  if (code === 0x5343) return 3; // 千
  return 0;
}

/** The power of ten of a section multiplier (万 4, 亿 8), or 0. */
export function chineseLargeUnit(code: number): number {
  if (code === 0x4e07) return 4; // 万
  if (code === 0x4ebf) return 8; // 亿
  return 0;
}

/** A Chinese numeral read from text: its value as decimal digits and where it ends. */
export interface ChineseNumber {
  /** The value as a plain decimal string (`'1200'`, `'3.5'`). */
  readonly digits: string;
  /** Digits after the point (三点五 → 1). */
  readonly decimals: number;
  /** The index after the numeral. */
  readonly next: number;
  /**
   * The power of ten of a section multiplier the numeral ends with (一千二百万 → 4), already
   * divided out of `digits` (`'1200'`), so that 万 can join the unit (万元).
   */
  readonly trailingExponent: number;
}

/** The longest Chinese numeral read; a longer run is not a figure. */
const MAX_NUMERAL_LENGTH = 24;

/**
 * Reads a Chinese numeral at `from` (两千, 一千二百万, 十五, 三点五, 一百零五): digits, 十 百 千
 * within a section, 万 and 亿 as section multipliers. Returns `undefined` when no numeral starts
 * there or the run is not one number (二〇一五 is a year, 万 alone is no number).
 *
 * @internal
 */
export function readChineseNumber(
  text: string,
  from: number,
  end: number,
): ChineseNumber | undefined {
  const state: NumeralState = {
    total: 0n,
    section: 0n,
    digit: -1,
    sawAny: false,
    lastLarge: 0,
    lastWasLarge: false,
    previousSmall: 99,
  };
  let index = from;
  for (; index < end && index - from < MAX_NUMERAL_LENGTH; index += 1) {
    const step = readNumeralCharacter(state, normalCode(text.charCodeAt(index)));
    if (step === 'refuse') return undefined;
    if (step === 'end') break;
  }
  if (!state.sawAny) return undefined;
  const fraction = state.lastWasLarge ? '' : fractionDigits(text, index, end);
  if (fraction.length > 0) index += fraction.length + 1;
  return numeralOf(state, fraction, index);
}

/** Where a Chinese numeral stands while it is read. */
interface NumeralState {
  total: bigint;
  section: bigint;
  digit: number;
  sawAny: boolean;
  lastLarge: number;
  lastWasLarge: boolean;
  previousSmall: number;
}

/** Takes one character into the numeral: read on, end before it, or refuse the whole run. */
function readNumeralCharacter(state: NumeralState, code: number): 'read' | 'end' | 'refuse' {
  const d = chineseDigit(code);
  if (d >= 0) {
    if (state.digit > 0) return 'refuse'; // two digits in a row: a year or a code, not a number
    state.digit = d;
    state.sawAny = true;
    state.lastWasLarge = false;
    return 'read';
  }
  const small = chineseSmallUnit(code);
  if (small > 0) {
    if (small >= state.previousSmall) return 'refuse'; // 十百, 千千: no single reading
    if (state.digit < 0 && !(small === 1 && !state.sawAny)) return 'refuse'; // 百 without a digit
    state.section += BigInt(state.digit < 0 ? 1 : state.digit) * 10n ** BigInt(small);
    state.previousSmall = small;
    state.digit = -1;
    state.sawAny = true;
    state.lastWasLarge = false;
    return 'read';
  }
  const large = chineseLargeUnit(code);
  if (large === 0 || !state.sawAny) return 'end';
  const value = state.section + BigInt(state.digit < 0 ? 0 : state.digit);
  if (large === 8) state.total = (state.total + value) * 10n ** 8n;
  else state.total += value * 10n ** 4n;
  state.section = 0n;
  state.digit = -1;
  state.previousSmall = 99;
  state.lastLarge = large;
  state.lastWasLarge = true;
  return 'read';
}

/** The digits after 点 at `index` (三点五 → '5'), or '' when none follow. */
function fractionDigits(text: string, index: number, end: number): string {
  if (index >= end || text.charCodeAt(index) !== 0x70b9 /* 点 */) return '';
  let fraction = '';
  for (let at = index + 1; at < end && at - index <= MAX_NUMERAL_LENGTH; at += 1) {
    const d = chineseDigit(normalCode(text.charCodeAt(at)));
    if (d < 0) break;
    fraction += String(d);
  }
  return fraction;
}

function numeralOf(state: NumeralState, fraction: string, next: number): ChineseNumber {
  const integer = state.total + state.section + BigInt(state.digit < 0 ? 0 : state.digit);
  if (state.lastWasLarge && fraction.length === 0) {
    const scale = 10n ** BigInt(state.lastLarge);
    if (integer % scale === 0n) {
      return {
        digits: String(integer / scale),
        decimals: 0,
        next,
        trailingExponent: state.lastLarge,
      };
    }
  }
  return {
    digits: fraction.length > 0 ? `${integer}.${fraction}` : String(integer),
    decimals: fraction.length,
    next,
    trailingExponent: 0,
  };
}
