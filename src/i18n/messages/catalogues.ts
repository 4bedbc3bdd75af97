/**
 * The three catalogues, each assembled from the same areas. Every area file (app.ts, credit.ts, …)
 * holds one area's messages in English, Spanish and Portuguese side by side: English is the source
 * of truth for keys and `{name}` placeholders, and a Spanish or Portuguese area with a missing or
 * extra key fails type-checking (FeatureCatalogue), as does a whole catalogue (Catalogue, types.ts).
 */
import { appEn, appEs, appPt } from './app';
import { glossaryEn, glossaryEs, glossaryPt } from './glossary';
import { editorEn, editorEs, editorPt } from './editor';
import { shellEn, shellEs, shellPt } from './shell';
import { sensitivityEn, sensitivityEs, sensitivityPt } from './sensitivity';
import { creditEn, creditEs, creditPt } from './credit';
import { bankEn, bankEs, bankPt } from './bank';
import { formulasEn, formulasEs, formulasPt } from './formulas';
import { optimiseEn, optimiseEs, optimisePt } from './optimise';
import { resultsEn, resultsEs, resultsPt } from './results';
import { workbookEn, workbookEs, workbookPt } from './workbook';
import { verificationEn, verificationEs, verificationPt } from './verification';
import { hardeningEn, hardeningEs, hardeningPt } from './hardening';
import { failureEn, failureEs, failurePt } from './failure';
import { offlineEn, offlineEs, offlinePt } from './offline';
import { shareEn, shareEs, sharePt } from './share';
import { teamEn, teamEs, teamPt } from './team';
import { presentEn, presentEs, presentPt } from './present';
import { entryEn, entryEs, entryPt } from './entry';
import { libraryEn, libraryEs, libraryPt } from './library';
import { portfolioEn, portfolioEs, portfolioPt } from './portfolio';
import { langEn, langEs, langPt } from './lang';
import { phoneEn, phoneEs, phonePt } from './phone';
import { teamConflictEn, teamConflictEs, teamConflictPt } from './team-conflict';
import type { Catalogue } from './types';

export const en = {
  ...appEn,
  ...glossaryEn,
  ...editorEn,
  ...shellEn,
  ...sensitivityEn,
  ...creditEn,
  ...bankEn,
  ...formulasEn,
  ...optimiseEn,
  ...resultsEn,
  ...workbookEn,
  ...verificationEn,
  ...hardeningEn,
  ...failureEn,
  ...offlineEn,
  ...shareEn,
  ...teamEn,
  ...presentEn,
  ...entryEn,
  ...libraryEn,
  ...portfolioEn,
  ...langEn,
  ...phoneEn,
  ...teamConflictEn,
} as const;

/** Latin American Spanish (glossary.md: VAN, TIR, "Cuota fija (sistema francés)", usted). */
export const es: Catalogue = {
  ...appEs,
  ...glossaryEs,
  ...editorEs,
  ...shellEs,
  ...sensitivityEs,
  ...creditEs,
  ...bankEs,
  ...formulasEs,
  ...optimiseEs,
  ...resultsEs,
  ...workbookEs,
  ...verificationEs,
  ...hardeningEs,
  ...failureEs,
  ...offlineEs,
  ...shareEs,
  ...teamEs,
  ...presentEs,
  ...entryEs,
  ...libraryEs,
  ...portfolioEs,
  ...langEs,
  ...phoneEs,
  ...teamConflictEs,
};

/** Brazilian Portuguese (glossary.md: VPL, Tabela Price, SAC, Carência). */
export const pt: Catalogue = {
  ...appPt,
  ...glossaryPt,
  ...editorPt,
  ...shellPt,
  ...sensitivityPt,
  ...creditPt,
  ...bankPt,
  ...formulasPt,
  ...optimisePt,
  ...resultsPt,
  ...workbookPt,
  ...verificationPt,
  ...hardeningPt,
  ...failurePt,
  ...offlinePt,
  ...sharePt,
  ...teamPt,
  ...presentPt,
  ...entryPt,
  ...libraryPt,
  ...portfolioPt,
  ...langPt,
  ...phonePt,
  ...teamConflictPt,
};
