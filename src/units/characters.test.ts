import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCode, readChineseNumber, simplifiedText } from './characters.js';

describe('simplifiedText', () => {
  it('reads traditional characters of statistical text as simplified, one for one', () => {
    // real-text D-sources: 億 萬 畝 噸 頃 個 項 臺 輛 條 點 兩 (DESIGN §9)
    expect(simplifiedText('1403.24億元、5.1萬畝、125.29噸、2.6個百分點、997.0萬輛、兩千')).toBe(
      '1403.24亿元、5.1万亩、125.29吨、2.6个百分点、997.0万辆、两千',
    );
    expect(simplifiedText('增長3倍，總人口32320人')).toBe('增长3倍,总人口32320人');
  });

  it('keeps the length, so offsets carry over', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(simplifiedText(text).length).toBe(text.length);
      }),
    );
  });

  it('reads full-width ASCII, the minus sign and the ratio sign', () => {
    expect(simplifiedText('１２．５％')).toBe('12.5%');
    expect(String.fromCharCode(normalCode(0x2212), normalCode(0x2236))).toBe('-:');
  });
});

describe('readChineseNumber', () => {
  const read = (text: string) => {
    const n = readChineseNumber(text, 0, text.length);
    return n === undefined ? undefined : [n.digits, n.trailingExponent, n.next];
  };
  it.each([
    ['两千', ['2000', 0, 2]],
    ['一千二百万', ['1200', 4, 5]],
    ['一亿两千万', ['12000', 4, 5]],
    ['三万五千', ['35000', 0, 4]],
    ['十五', ['15', 0, 2]],
    ['二十五', ['25', 0, 3]],
    ['一百零五', ['105', 0, 4]],
    ['三点五', ['3.5', 0, 3]],
    ['一万亿', ['10000', 8, 3]],
  ] as const)('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('refuses what is not one number', () => {
    for (const text of ['二〇一五', '万', '百', '十百', '千千']) expect(read(text)).toBeUndefined();
  });
});
