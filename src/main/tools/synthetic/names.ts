import { createRandom, weightedTable, type Random } from './random'

export type Gender = 'male' | 'female'

/**
 * Surnames weighted roughly by their share of the population (per cent, 2020 census order),
 * plus compound surnames at a small rate so that screens, sorting and search meet them.
 */
const SURNAMES = weightedTable<string>([
  ['王', 7.12], ['李', 7.0], ['张', 6.74], ['刘', 5.1], ['陈', 4.61], ['杨', 3.22], ['黄', 2.45], ['赵', 2.19],
  ['吴', 2.08], ['周', 1.95], ['徐', 1.45], ['孙', 1.38], ['马', 1.29], ['朱', 1.28], ['胡', 1.16], ['郭', 1.13],
  ['何', 1.06], ['林', 1.02], ['高', 1.0], ['罗', 0.95], ['郑', 0.89], ['梁', 0.87], ['谢', 0.74], ['宋', 0.73],
  ['唐', 0.72], ['许', 0.68], ['韩', 0.66], ['邓', 0.65], ['冯', 0.64], ['曹', 0.63], ['彭', 0.62], ['曾', 0.6],
  ['肖', 0.58], ['田', 0.54], ['董', 0.53], ['潘', 0.51], ['袁', 0.5], ['蔡', 0.49], ['蒋', 0.48], ['余', 0.47],
  ['于', 0.46], ['杜', 0.45], ['叶', 0.44], ['程', 0.43], ['魏', 0.42], ['苏', 0.41], ['吕', 0.4], ['丁', 0.39],
  ['任', 0.38], ['卢', 0.37], ['姚', 0.36], ['沈', 0.35], ['钟', 0.34], ['姜', 0.33], ['崔', 0.32], ['谭', 0.31],
  ['陆', 0.3], ['范', 0.29], ['汪', 0.28], ['廖', 0.27], ['石', 0.27], ['金', 0.26], ['韦', 0.25], ['贾', 0.25],
  ['夏', 0.24], ['付', 0.24], ['方', 0.23], ['邹', 0.22], ['熊', 0.22], ['白', 0.21], ['孟', 0.21], ['秦', 0.2],
  ['邱', 0.2], ['侯', 0.19], ['江', 0.19], ['尹', 0.18], ['薛', 0.18], ['闫', 0.17], ['段', 0.17], ['雷', 0.16],
  ['龙', 0.16], ['黎', 0.15], ['史', 0.15], ['陶', 0.14], ['贺', 0.14], ['毛', 0.13], ['郝', 0.13], ['顾', 0.12],
  ['龚', 0.12], ['邵', 0.11], ['万', 0.11], ['覃', 0.1], ['武', 0.1], ['钱', 0.1], ['戴', 0.1], ['严', 0.09],
  ['莫', 0.09], ['孔', 0.08], ['向', 0.08], ['常', 0.08],
  ['欧阳', 0.05], ['司马', 0.02], ['诸葛', 0.02], ['上官', 0.02], ['慕容', 0.01]
])

const COMPOUND_SURNAMES = SURNAMES.items.filter((s) => [...s].length > 1)

/** The surname of a synthetic name: 欧阳 of 欧阳明, 王 of 王小明. */
export const surnameOf = (name: string): string => COMPOUND_SURNAMES.find((s) => name.startsWith(s)) ?? [...name][0] ?? ''

/**
 * Pools are written as strings and split with Array.from, which splits by code point: a
 * character outside the BMP such as 𠮷 (U+20BB7) is two UTF-16 units and must stay whole.
 */
const codePoints = (pool: string): readonly string[] => Array.from(pool)

const GIVEN_MALE = codePoints('伟强磊军洋勇杰涛浩宇轩博俊鹏辉鑫凯明建志睿泽航哲铭锐昊振成帆翔毅彬峰旭东骏豪奕皓煜逸楷晟炜锋健斌')
const GIVEN_FEMALE = codePoints('芳娜敏静丽婷雪欣怡佳悦琪梦涵雨萱诗思颖瑶晶慧倩璐婧蕾月彤妍可馨玥楠菲琳洁茜岚薇琦钰桐语嫣婉雅')
const GIVEN_EITHER = codePoints('文一子安心明星言清乐嘉晨宇思若亦沐书润家天梓宁然')

/** Characters that break naive code: outside the BMP (𠮷), in Extension A (䶮), or missing from old fonts and IMEs. */
export const RARE_GIVEN_CHARS = codePoints('堃喆𠮷昇燊淼犇赟䶮')

/** Share of people whose given name holds one rare character. */
const RARE_RATE = 0.02
const SINGLE_CHAR_RATE = 0.15
const GENDERED_RATE = 0.7

function givenChar(random: Random, gender: Gender): string {
  if (random.chance(GENDERED_RATE)) return random.pick(gender === 'male' ? GIVEN_MALE : GIVEN_FEMALE)
  return random.pick(GIVEN_EITHER)
}

/** A synthetic Chinese full name: a weighted surname and a given name of one or two characters. */
export function syntheticName(random: Random, gender: Gender): string {
  const surname = random.weighted(SURNAMES)
  const given = random.chance(SINGLE_CHAR_RATE) ? [givenChar(random, gender)] : [givenChar(random, gender), givenChar(random, gender)]
  if (random.chance(RARE_RATE)) given[random.int(0, given.length - 1)] = random.pick(RARE_GIVEN_CHARS)
  return surname + given.join('')
}

/** `count` names from their own stream of `seed`: the same arguments always give the same names. */
export function syntheticNames(seed: number, count: number, stream = 'names'): { name: string; gender: Gender }[] {
  const random = createRandom(seed, stream)
  return Array.from({ length: count }, () => {
    const gender: Gender = random.chance(0.5) ? 'female' : 'male'
    return { name: syntheticName(random, gender), gender }
  })
}
