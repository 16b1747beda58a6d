/** Temporary protection (people fleeing Ukraine). DOMAIN.md; medimmigrant.be "Ukraine"; inami.fgov.be. */
import { cite } from '../sources/registry';
import { text } from '../i18n/text';
import type { DocumentRule } from '../schema/document-rule';

const tpCite = cite('medimmigrant-ukraine', 'Other documents', 'free affiliation to a Belgian insurer as resident with increased reimbursement; before affiliation the CPAS');

export const temporaryProtection: DocumentRule = {
  id: 'temporary-protection',
  group: 'paper',
  names: {
    official: text('Attestation de protection temporaire (Ukraine)', 'Attest tijdelijke bescherming (Oekraïne)', 'Bescheinigung über vorübergehenden Schutz (Ukraine)', 'Temporary protection certificate (Ukraine)'),
    short: text('Protection temporaire', 'Tijdelijke bescherming', 'Vorübergehender Schutz', 'Temporary protection'),
  },
  aliases: ['protection temporaire', 'tijdelijke bescherming', 'vorübergehender Schutz', 'temporary protection', 'Ukraine', 'Oekraïne', 'ukrainien', 'Oekraïens', 'Ukrainian', 'réfugié ukrainien'],
  mark: 'UA',
  what: text(
    'Personne ayant fui l’Ukraine, avec une attestation de protection temporaire, puis une carte A. Affiliation gratuite à une mutualité comme résident.',
    'Persoon op de vlucht uit Oekraïne, met een attest tijdelijke bescherming, daarna een A-kaart. Gratis aansluiting bij een ziekenfonds als resident.',
    'Aus der Ukraine geflüchtete Person mit Bescheinigung über vorübergehenden Schutz, danach A-Karte. Kostenlose Versicherung bei einer Krankenkasse als Einwohner.',
    'Person who fled Ukraine, with a temporary protection certificate, then an A card. Free affiliation to a sickness fund as a resident.',
  ),
  whatCite: [cite('medimmigrant-ukraine', 'Other documents', 'attestation of temporary protection (people fleeing Ukraine), then an A card')],
  nationalRegister: { value: 'yes', cite: [tpCite] },
  insuranceAccess: { value: 'sufficient', cite: [tpCite] },
  holderQualities: { value: ['registered-resident'], cite: [tpCite] },
  dependantQualities: { value: [], cite: [tpCite] },
  qualityWithDocument: { quality: 'registered-resident', when: { kind: 'always' } },
  cpas: { value: { kind: 'full' }, cite: [tpCite] },
  warnings: {},
};
