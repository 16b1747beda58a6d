/** The registry of every residence document the rules know, keyed by id. */
import type { DocumentRule } from '../schema/document-rule';
import type { DocumentId } from '../schema/facts';
import { none } from './none';
import { annexe3 } from './annexe-3';
import { annexe3ter } from './annexe-3ter';
import { annexe15 } from './annexe-15';
import { annexe19 } from './annexe-19';
import { annexe19ter } from './annexe-19ter';
import { annexe35 } from './annexe-35';
import { attestationImmatriculation } from './attestation-immatriculation';
import { cardA } from './card-a';
import { cardB } from './card-b';
import { cardC } from './card-c';
import { cardD } from './card-d';
import { cardE } from './card-e';
import { cardEPlus } from './card-e-plus';
import { cardF } from './card-f';
import { cardFPlus } from './card-f-plus';
import { cardH } from './card-h';
import { cardK } from './card-k';
import { cardL } from './card-l';
import { cardEu } from './card-eu';
import { cardEuPlus } from './card-eu-plus';
import { annexe8ter } from './annexe-8ter';
import { annexe8quater } from './annexe-8quater';
import { cardI } from './card-i';
import { cardJ } from './card-j';
import { cardM } from './card-m';
import { cardN } from './card-n';
import { annexe26 } from './annexe-26';
import { annexe13 } from './annexe-13';
import { temporaryProtection } from './temporary-protection';
import { belgianEid } from './belgian-eid';

export const DOCUMENTS: Readonly<Record<DocumentId, DocumentRule>> = {
  none,
  'annexe-3': annexe3,
  'annexe-3ter': annexe3ter,
  'annexe-15': annexe15,
  'annexe-19': annexe19,
  'annexe-19ter': annexe19ter,
  'annexe-35': annexe35,
  'attestation-immatriculation': attestationImmatriculation,
  'card-a': cardA,
  'card-b': cardB,
  'card-c': cardC,
  'card-d': cardD,
  'card-e': cardE,
  'card-e-plus': cardEPlus,
  'card-f': cardF,
  'card-f-plus': cardFPlus,
  'card-h': cardH,
  'card-k': cardK,
  'card-l': cardL,
  'card-eu': cardEu,
  'card-eu-plus': cardEuPlus,
  'annexe-8ter': annexe8ter,
  'annexe-8quater': annexe8quater,
  'card-i': cardI,
  'card-j': cardJ,
  'card-m': cardM,
  'card-n': cardN,
  'annexe-26': annexe26,
  'annexe-13': annexe13,
  'temporary-protection': temporaryProtection,
  'belgian-eid': belgianEid,
};

export function documentRule(id: DocumentId): DocumentRule {
  return DOCUMENTS[id];
}
