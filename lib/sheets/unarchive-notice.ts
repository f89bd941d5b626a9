/** What un-archiving does (lib/sheets/archive-sheet.ts), as the confirmation states it before the admin confirms. */
export const UNARCHIVE_NOTICE =
  "Désarchiver remet la fiche en brouillon sur sa dernière version. Elle ne redevient pas publique : sa page publique reste absente jusqu'à une nouvelle relecture et publication.";
