import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/kb/build';
import { Matcher } from '../../lib/match/matcher';
import { paragraphsOf, scanBlocks } from '../../lib/match/scan';

/** The entries the product brief requires, by id. */
const REQUIRED_IDS = `
gba guangdong hong-kong macao shenzhen guangzhou zhuhai foshan dongguan huizhou zhongshan jiangmen zhaoqing hengqin
hengqin-cooperation-zone qianhai-cooperation-zone nansha hetao-cooperation-zone shenzhen-pilot-demonstration-zone
macao-new-neighbourhood tcm-industrial-park
hzmb shenzhen-zhongshan-link guangzhou-shantou-railway hkia-three-runway-system macao-light-rail-hengqin-line hengqin-port nansha-port
ccpit china-development-institute guangdong-drc leading-group-gba macao-sar-government hksar-government guangdong-government
pengcheng-laboratory guangzhou-laboratory gba-quantum-science-center hkust-guangzhou guangzhou-futures-exchange
hk-science-park-shenzhen pumch-macau-medical-center hku-shenzhen-hospital spc-gba-judicial-research-center
china-portuguese-tech-center eu-chamber-of-commerce-china
xi-jinping sun-xiao xie-laifeng guo-wanda gao-zhihao zhu-wei zhong-yingyi
gba-outline-plan hengqin-master-plan qianhai-plan nansha-plan hetao-shenzhen-park-plan hengqin-market-access-measures
gba-business-environment-plan hengqin-encouraged-industries-catalogue
first-line-second-line four-commons dual-director-system macao-1-plus-4 moderate-diversification macao-made-labels
ef-accounts one-country-two-systems new-quality-productive-forces institutional-opening-up macao-rd-hengqin-transformation
wealth-management-connect bond-connect swap-connect stock-connect northbound-hk-vehicles northbound-macao-vehicles
drug-device-connect social-security-connect bay-area-standard gba-combined-port cross-boundary-government-services
fly-via-zhuhai-hk science-huitong mainland-travel-permit lingnan-tong-octopus lingnan-tong-macau-pass rule-connection-cases
gba-business-conference global-investment-promotion-conference international-sti-center digital-bay-area
shenzhen-hk-guangzhou-cluster hengqin-biomedicine-zone hengqin-tourism-tech-alliance hengqin-digital-trade-zone
`
  .trim()
  .split(/\s+/);

const { index, warnings } = buildIndex();
const matcher = new Matcher(index.matcher);
const byId = new Map(index.entries.map((e) => [e.id, e]));

function idsIn(text: string): string[] {
  return scanBlocks(text, paragraphsOf(text), matcher).mentions.map((m) => index.entries[m.entry]!.id);
}

describe('the bundled index', () => {
  it('holds every entry the brief lists', () => {
    expect(REQUIRED_IDS).toHaveLength(97);
    expect(REQUIRED_IDS.filter((id) => !byId.has(id))).toEqual([]);
  });

  it('gives every entry names in English, Simplified and Traditional Chinese and a description', () => {
    for (const entry of index.entries) {
      expect(entry.names.en, entry.id).toMatch(/[A-Za-z]/);
      expect(entry.names['zh-Hans'], entry.id).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.names['zh-Hant'], entry.id).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.description.length, entry.id).toBeGreaterThan(40);
    }
    expect(byId.get('hengqin-cooperation-zone')!.names['zh-Hant']).toBe('橫琴粵澳深度合作區');
  });

  it('generates the other script of Chinese aliases', () => {
    expect(byId.get('macao')!.aliases).toEqual(expect.arrayContaining(['澳门特区', '澳門特區']));
    expect(byId.get('hzmb')!.names['zh-Hant']).toBe('港珠澳大橋');
  });

  it('says which entries are proposals', () => {
    for (const id of ['hengqin-biomedicine-zone', 'hengqin-tourism-tech-alliance', 'hengqin-digital-trade-zone']) {
      expect(byId.get(id)!.proposal, id).toBe(true);
      expect(byId.get(id)!.description, id).toMatch(/propos/i);
    }
    expect(byId.get('hzmb')!.proposal).toBe(false);
  });

  it('has at least 200 figures, nine in ten recognised in the passage they cite by the rules a page uses', () => {
    expect(index.figures.length).toBeGreaterThanOrEqual(200);
    // The rest name their subject further back than a page may reach ("…since 2018. By June…").
    const unrecognised = warnings.filter((w) => w.startsWith('figure'));
    expect(unrecognised.length).toBeLessThanOrEqual(index.figures.length / 10);
  });

  it('keeps boilerplate out of the passages', () => {
    const boilerplate = /Recommended Reading|Special statement|Responsible editor|^Edit:|copyright|^Links$|^Source:/im;
    const passages = index.sources.flatMap((s) => s.passages);
    expect(passages.length).toBeGreaterThan(50);
    expect(passages.filter((p) => boilerplate.test(p.text)).map((p) => p.id)).toEqual([]);
  });

  it('links entries to the passages that mention them, most mentions first', () => {
    const zone = byId.get('hengqin-cooperation-zone')!;
    expect(zone.passages.length).toBeGreaterThan(10);
    const counts = zone.passages.map((p) => p.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('derives the inverse of each relation', () => {
    const zone = byId.get('hengqin-cooperation-zone')!;
    expect(zone.relations).toContainEqual({ type: 'set-up-by', target: 'hengqin-master-plan', inverse: false });
    expect(byId.get('hengqin-master-plan')!.relations).toContainEqual({
      type: 'set-up-by',
      target: 'hengqin-cooperation-zone',
      inverse: true,
    });
  });
});

describe('the real index on real text', () => {
  it('finds entries in Chinese news text, Simplified and Traditional', () => {
    expect(idsIn('11月，横琴粤澳深度合作区与澳门特区政府联合发布措施，支持港澳药械通扩容。')).toEqual([
      'hengqin-cooperation-zone',
      'macao-sar-government',
      'drug-device-connect',
    ]);
    expect(idsIn('經港珠澳大橋往返香港與珠海，「港車北上」持續火熱。')).toEqual(['hzmb', 'hong-kong', 'zhuhai', 'northbound-hk-vehicles']);
  });

  it('finds entries in English news text', () => {
    expect(idsIn('The Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone and Nansha were named alongside CCPIT.')).toEqual(
      ['qianhai-cooperation-zone', 'nansha', 'ccpit'],
    );
  });

  it('does not mistake look-alike phrases, which the data declares, for entries', () => {
    // Each is named as what it is (Sun Yat-sen, his university) or not at all, never as the place.
    expect(idsIn('南沙群岛 孙中山 中山大学 前海人寿 In the Loop')).toEqual(['sun-yat-sen', 'sun-yat-sen-university']);
    expect(idsIn('南沙 中山 前海')).toEqual(['nansha', 'zhongshan', 'qianhai-cooperation-zone']);
  });
});

describe('figures on real texts', () => {
  const { index: kb } = buildIndex();
  const realMatcher = new Matcher(kb.matcher);
  /** Every source document of the index, read as a page: real news and encyclopedia text. */
  const linked = kb.sources.flatMap((s) => {
    const text = s.passages.map((p) => p.text).join('\n\n');
    return scanBlocks(text, paragraphsOf(text), realMatcher).figures.map((f) => ({ ...f, surface: text.slice(f.start, f.end) }));
  });

  it('link hundreds of numbers and call few of them different from the source', () => {
    expect(linked.length).toBeGreaterThan(250);
    const differing = linked.filter((f) => f.status === 'mismatch');
    expect(differing.length).toBeLessThanOrEqual(linked.length * 0.05);
  });

  it('never link a citation mark, a bare day or month, or a year', () => {
    for (const f of linked) {
      expect(f.surface).not.toMatch(/^\[?\d+\]$/);
      expect(f.surface).not.toMatch(/^\d{1,2}[月日号]$/);
      if (f.unit === 'count') expect(f.surface).not.toMatch(/^(19|20)\d\d$/);
    }
  });
});
