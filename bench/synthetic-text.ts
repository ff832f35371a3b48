import { randomInt, seededRandom, ZipfSampler } from './random';

// Common words carry no topic; topic words follow a Zipf curve, so a text search finds anything
// from a few hundred to a hundred thousand articles, as on a real archive.
const COMMON = `the of and to in a that for on with as was by at said from it is he she they has have be
were not but an its had their after over this which more than who two new also would been about will
into other up when year could there last one first people government officials week according told
while during under against between since those where officials report before three some most them`
  .split(/\s+/)
  .filter(Boolean);
export const TOPIC =
  `election ceasefire inflation tariff summit protest sanctions drought flood earthquake vaccine
strike merger refinery pipeline harvest budget deficit treaty missile border refugee coalition parliament
ministry court verdict investigation corruption scandal lawsuit bond currency export import shipment port
satellite launch reactor uranium grid outage wildfire typhoon hurricane monsoon famine cholera outbreak
hospital school university campus festival tournament stadium championship league transfer coach striker
negotiation envoy ambassador embassy delegation referendum constitution amendment senate governor mayor
militia insurgent convoy checkpoint blockade airstrike drone frigate submarine patrol exercise alliance
semiconductor factory layoffs wages union pension housing mortgage rent subsidy fuel diesel electricity
copper lithium cobalt nickel wheat rice maize coffee cocoa sugar fishing forestry mining tourism airline
railway highway bridge tunnel dam canal harbor airport startup investor shares earnings dividend auction
regulator antitrust privacy cyberattack ransomware hackers broadband spectrum telecom network algorithm
glacier emissions carbon methane solar turbine battery hydrogen recycling plastic pollution biodiversity
migration asylum deportation census unemployment productivity recession recovery stimulus auditors
memorandum pledge donors reconstruction humanitarian aid evacuation shelter rescue casualties survivors`
    .split(/\s+/)
    .filter(Boolean);
const VERBS = [
  'said',
  'announced',
  'met',
  'criticized',
  'welcomed',
  'rejected',
  'visited',
  'warned',
  'signed',
  'denied',
  'praised',
  'questioned',
];

const topicSampler = new ZipfSampler(TOPIC.length, 1.1);

function words(random: () => number, count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    parts.push(
      random() < 0.35 ? TOPIC[topicSampler.sample(random)] : COMMON[Math.floor(random() * COMMON.length)],
    );
  }
  return parts.join(' ');
}

/**
 * Sentences and sentence halves are drawn from pools built once: assembling a 3 KB body from a
 * few pooled pieces is what lets a million articles generate in minutes. The pools are large
 * enough that word frequencies, not repeated sentences, shape the full-text index.
 */
class SentencePool {
  private readonly fillers: string[] = [];
  private readonly openers: string[] = [];
  private readonly closers: string[] = [];

  constructor(random: () => number, size = 50_000) {
    for (let i = 0; i < size; i++) {
      const filler = words(random, randomInt(random, 9, 24));
      this.fillers.push(filler[0].toUpperCase() + filler.slice(1) + '.');
      const opener = words(random, randomInt(random, 0, 5));
      this.openers.push(opener ? opener[0].toUpperCase() + opener.slice(1) + ' ' : '');
      this.closers.push(' ' + VERBS[i % VERBS.length] + ' ' + words(random, randomInt(random, 5, 16)) + '.');
    }
  }

  filler(random: () => number): string {
    return this.fillers[Math.floor(random() * this.fillers.length)];
  }

  /** A sentence naming `name`, and where the name starts in it. */
  naming(random: () => number, name: string): { text: string; at: number } {
    const opener = this.openers[Math.floor(random() * this.openers.length)];
    return {
      text: opener + name + this.closers[Math.floor(random() * this.closers.length)],
      at: opener.length,
    };
  }
}

let sharedPool: SentencePool | undefined;
function pool(): SentencePool {
  sharedPool ??= new SentencePool(seededRandom(7));
  return sharedPool;
}

export function title(random: () => number, lead: string): string {
  return `${lead} ${VERBS[Math.floor(random() * VERBS.length)]} ${words(random, randomInt(random, 4, 9))}`;
}

/** A mention located in the body, in the shape the extractor stores as evidence. */
export interface SyntheticEvidence {
  field: 'body';
  start: number;
  end: number;
  sentence: string;
  sentenceStart: number;
}

/**
 * A body of `targetChars` or so: one sentence names each entity (its evidence), filler sentences
 * between them, paragraphs of 3–6 sentences.
 */
export function body(
  random: () => number,
  names: readonly string[],
  targetChars: number,
): { text: string; evidence: SyntheticEvidence[] } {
  const perMention = Math.max(1, Math.floor(targetChars / 110 / names.length));
  const sentences = pool();
  let text = '';
  let inParagraph = 0;
  let paragraphLength = randomInt(random, 3, 6);
  const evidence: SyntheticEvidence[] = [];
  const append = (sentence: string) => {
    if (text) {
      if (inParagraph >= paragraphLength) {
        text += '\n\n';
        inParagraph = 0;
        paragraphLength = randomInt(random, 3, 6);
      } else text += ' ';
    }
    inParagraph++;
    const sentenceStart = text.length;
    text += sentence;
    return sentenceStart;
  };
  for (const name of names) {
    const naming = sentences.naming(random, name);
    const sentenceStart = append(naming.text);
    const start = sentenceStart + naming.at;
    evidence.push({ field: 'body', start, end: start + name.length, sentence: naming.text, sentenceStart });
    for (let i = 1; i < perMention; i++) append(sentences.filler(random));
  }
  while (text.length < targetChars) append(sentences.filler(random));
  return { text, evidence };
}
