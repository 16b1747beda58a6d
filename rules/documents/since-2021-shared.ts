/** What the cards created since 2021 without a fiche share (DOMAIN.md, "Residence cards since 2021"). */
import { fiche } from '../sources/registry';
import { text } from '../i18n/text';

export const ORGANIC_LAW = fiche('Annexe 3 › PRISE EN CHARGE DES SOINS MÉDICAUX PAR LE CPAS', "L'article 1er de la loi organique des CPAS dispose que toute personne a droit à l'aide sociale.");
export const REGISTER_UNCERTAIN = text(
  'L’inscription au Registre national de ce titulaire n’est pas établie par nos sources : vérifiez le numéro (NISS ou BIS).',
  'De inschrijving van deze houder in het Rijksregister staat niet vast in onze bronnen: controleer het nummer (INSZ of BIS).',
  'Ob diese Person im Nationalregister eingetragen ist, belegen unsere Quellen nicht: prüfen Sie die Nummer (NISS oder BIS).',
  'Our sources do not establish whether this holder is in the National Register: check the number (national number or BIS).',
);

