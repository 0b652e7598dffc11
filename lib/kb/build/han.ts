import { Locale } from 'opencc-js/t2cn';

type Dict = string | readonly (readonly [string, string])[];

function pairs(dict: Dict): [string, string][] {
  const list = typeof dict === 'string' ? dict.split('|').map((entry) => entry.split(' ') as [string, string]) : dict;
  return list.filter(([from, to]) => from && to && from.length === 1 && to.length === 1).map(([from, to]) => [from, to]);
}

/** One step of a conversion chain as a character map; in a group the first dictionary wins, as in OpenCC. */
function groupMap(group: readonly Dict[]): Map<number, number> {
  const map = new Map<number, number>();
  for (const dict of [...group].reverse()) {
    for (const [from, to] of pairs(dict)) map.set(from.charCodeAt(0), to.charCodeAt(0));
  }
  return map;
}

/**
 * For every UTF-16 code unit, its Simplified form: Hong Kong, Taiwan and standard Traditional
 * characters all fold to one. Character by character, from OpenCC's own dictionaries: a search
 * needs 發 and 髮 to meet 发, not the phrase-level choices a converter makes for reading.
 */
export function simplifiedTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c;
  const chains = ['hk2s', 'tw2s', 't2s'].map((name) => {
    const config = Locale.configs[name]!;
    const normalization = (config as { normalizationChain?: readonly (readonly Dict[])[] }).normalizationChain ?? [];
    return [...normalization, ...config.conversionChain].map(groupMap);
  });
  const changed = new Set<number>();
  for (const chain of chains) for (const map of chain) for (const from of map.keys()) changed.add(from);
  for (const c of changed) {
    let folded = c;
    for (const chain of chains) for (const map of chain) folded = map.get(folded) ?? folded;
    table[c] = folded;
  }
  return table;
}
