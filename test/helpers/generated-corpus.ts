import fs from 'node:fs';

const COUNTRIES = [
  'China',
  'North Korea',
  'Japan',
  'Kenya',
  'Brazil',
  'Germany',
  'Chile',
  'India',
  'Egypt',
  'Canada',
];
const PEOPLE = [
  'Xi Jinping',
  'Kim Jong Un',
  'Angela Merkel',
  'Narendra Modi',
  'Justin Trudeau',
  'William Ruto',
];
const CITIES = ['Beijing', 'Pyongyang', 'Tokyo', 'Nairobi', 'Berlin', 'Santiago', 'Cairo', 'Ottawa'];
const TOPICS = ['trade', 'energy', 'security', 'climate', 'fisheries', 'railways', 'vaccines', 'tariffs'];

/**
 * Writes `count` news-style articles as JSONL, the same bytes for the same count: every article
 * names two countries and usually a person and a city, so each one gets mentions.
 */
export function writeGeneratedCorpus(file: string, count: number): void {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = COUNTRIES[i % COUNTRIES.length];
    const b =
      COUNTRIES[
        (i * 7 + 3) % COUNTRIES.length === i % COUNTRIES.length
          ? (i + 1) % COUNTRIES.length
          : (i * 7 + 3) % COUNTRIES.length
      ];
    const person = PEOPLE[(i * 5) % PEOPLE.length];
    const city = CITIES[(i * 3) % CITIES.length];
    const topic = TOPICS[i % TOPICS.length];
    lines.push(
      JSON.stringify({
        url: `https://wire.example/${2025}/${String(i).padStart(5, '0')}`,
        title: `${a} and ${b} hold ${topic} talks (report ${i})`,
        body: [
          `Officials from ${a} and ${b} met in ${city} on day ${i} to discuss ${topic}.`,
          `${person} said the talks were useful and that ${a} would send a delegation to ${b} next month.`,
          `Observers in ${city} expect a further round on ${topic} before the end of the year (item ${i}).`,
        ].join('\n\n'),
        publishedAt: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(),
        source: 'Generated Wire',
      }),
    );
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}
