import { shuffle } from './random';

// Word stock for synthetic entities. Invented combinations, so no generated name claims to be a
// real person or company; only the sizes and frequencies are meant to be realistic.
const FIRST =
  `Amara Ben Carla Dmitri Elena Farid Grace Hiro Ines Jonas Kwame Lena Mateo Nadia Omar Priya Quinn
Rosa Samir Tomas Uma Viktor Wen Ximena Yusuf Zara Adele Bruno Chen Dalia Emil Fatima Goran Hana Ivan Jia Kofi
Lucia Marek Nia Oskar Paula Rami Sofia Tariq Ulla Vera Wale Yara Zoltan Aiko Bilal Cora Dario Esra Felix Gita
Hugo Ilse Joao Kira Luis Maya Nils Olga Pavel Rania Sven Tara Uri Vlad Wanda Yosef Zeynep Alma Boris Chiara
Diego Eva Femi Gael Hedda Ilya Jana Karim Lior Mina Noor Otto Petra Reza Sana Timo Ugo Valeria Wim Yuki Zain`
    .split(/\s+/)
    .filter(Boolean);
const LAST =
  `Abara Bauer Castillo Dimitrov Eriksen Fontaine Gupta Haddad Ivanova Jensen Kowalski Laurent Moreau
Nakamura Okafor Petrov Quispe Rossi Sato Tanaka Umarov Varga Weber Xu Yilmaz Zhang Alvarez Bianchi Chowdhury
Demir Esposito Ferreira Garcia Hoffmann Iqbal Jovanovic Kim Lindqvist Mendes Novak Olsen Park Qureshi Reyes
Silva Takahashi Usman Volkov Wagner Yamamoto Zielinski Aziz Brandt Cohen Dubois Eze Fischer Gomez Horvat Ito
Jaramillo Khan Lopez Mwangi Nguyen Ortiz Pereira Rahman Schmidt Torres Uchenna Vasquez Wojcik Yadav Ziegler
Akhtar Bergstrom Costa Dlamini Engel Farouk Grant Huang Ibrahim Jung Kaur Lee Malik Nowak Osei Pham Ruiz Shah
Tran Ueda Vogel Wang Young Zamora Adeyemi Berger Cruz Diallo Erdem Fuchs Galli Hassan Ishikawa Jimenez Koch`
    .split(/\s+/)
    .filter(Boolean);
const ORG_ADJ =
  `Northern Southern Eastern Western Central Global United Pacific Atlantic Continental National Royal
Federal Allied Coastal Highland Metro Civic Summit Pioneer Sterling Horizon Liberty Meridian Apex Crescent
Harbor Granite Silver Golden Emerald Blue Red Green Iron Cedar Oak River Lake Bridge Polar Delta Alpine Prairie
Sunrise Evergreen Frontier Keystone Beacon Vanguard Cardinal Orion Atlas Titan Phoenix Aurora Zenith Nova`
    .split(/\s+/)
    .filter(Boolean);
const ORG_NOUN =
  `Energy Shipping Motors Pharma Telecom Steel Airlines Bank Capital Mining Foods Chemicals Media
Logistics Insurance Holdings Railways Power Water Textiles Semiconductors Robotics Software Aerospace Defense
Agriculture Fisheries Tobacco Cement Glass Paper Timber Oil Gas Solar Wind Nuclear Health Biotech Retail Hotels
Tourism Ports Construction Engineering Electronics Networks Cloud Data Payments Securities Trust Credit Grain`
    .split(/\s+/)
    .filter(Boolean);
const ORG_SUFFIX = [
  'Group',
  'Corporation',
  'Company',
  'Holdings',
  'Partners',
  'Alliance',
  'Authority',
  'Agency',
  'Union',
  'Institute',
  'Council',
  'Foundation',
];
const SYLLABLES =
  `ka lo mir san te vor bel dra nis tan qua ros vel zan mar kor pel tis gra hol ben sul far ned
ost lin rav cor dun mes pra kal vin tor`
    .split(/\s+/)
    .filter(Boolean);
const PLACE_SUFFIX = [
  '',
  '',
  'ville',
  'grad',
  'abad',
  'pur',
  'burg',
  'polis',
  ' Bay',
  ' Falls',
  ' Springs',
  ' Heights',
];

const capitalize = (word: string) => word[0].toUpperCase() + word.slice(1);

/** `count` distinct names from the product of the parts, in a seeded random order. */
function distinct(count: number, random: () => number, combine: (i: number) => string): string[] {
  const names = new Set<string>();
  for (let i = 0; names.size < count; i++) names.add(combine(i));
  return shuffle([...names], random);
}

export function personNames(count: number, random: () => number): string[] {
  // A middle initial multiplies the first × last product when `count` exceeds it.
  return distinct(count, random, () => {
    const first = FIRST[Math.floor(random() * FIRST.length)];
    const last = LAST[Math.floor(random() * LAST.length)];
    const middle = random() < 0.4 ? ` ${String.fromCharCode(65 + Math.floor(random() * 26))}.` : '';
    return `${first}${middle} ${last}`;
  });
}

export function organizationNames(count: number, random: () => number): string[] {
  return distinct(count, random, () => {
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
    return `${pick(ORG_ADJ)} ${pick(ORG_NOUN)} ${pick(ORG_SUFFIX)}`;
  });
}

export function placeNames(count: number, random: () => number): string[] {
  return distinct(count, random, () => {
    const parts = 2 + Math.floor(random() * 2);
    let name = '';
    for (let i = 0; i < parts; i++) name += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return capitalize(name) + PLACE_SUFFIX[Math.floor(random() * PLACE_SUFFIX.length)];
  });
}
