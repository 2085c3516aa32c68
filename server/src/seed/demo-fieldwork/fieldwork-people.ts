/**
 * Made-up residents for the demo registry: names, resident ID numbers with a valid check digit
 * (GB 11643, ISO 7064 MOD 11-2) and mobile numbers. None belongs to anyone.
 */
const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎',
];
const GIVEN = [...'秀英桂兰玉芳淑珍丽华建国志强永明海军红梅晓燕春生金凤德胜宝山文静子涵浩然思远雨欣俊杰佳怡'];

const pick = <T>(items: readonly T[], random: () => number): T =>
  items[Math.floor(random() * items.length)] as T;

export function personName(random: () => number): string {
  const given = random() < 0.6 ? pick(GIVEN, random) + pick(GIVEN, random) : pick(GIVEN, random);
  return pick(SURNAMES, random) + given;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The check digit of the first 17 characters of a resident ID number. */
export function idCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK[sum % 11] as string;
}

/** An ID number of 朝阳区 (220104) for someone born in `year`. */
export function idNumber(year: number, random: () => number): string {
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
  const seq = String(Math.floor(random() * 1000)).padStart(3, '0');
  const first17 = `220104${year}${month}${day}${seq}`;
  return first17 + idCheckDigit(first17);
}

export function mobile(random: () => number): string {
  return `1${pick(['35', '38', '39', '50', '58', '86', '88'], random)}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`;
}
