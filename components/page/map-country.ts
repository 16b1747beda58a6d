/**
 * Free text or a select option naming a country or a nationality → ISO 3166 alpha-2 code.
 * "Marokkaans", "Marocaine", "MAR", "MA", "Maroc", "Marokko" → MA. Country names come from
 * Intl.DisplayNames in French, Dutch, German and English (no hand-written name list); ISO
 * alpha-3 codes and nationality adjectives (demonyms) are our own tables. Built lazily, once.
 */
import { normalizeText } from './normalize-text';

export interface CountryMatch {
  /** ISO 3166-1 alpha-2 (XK for Kosovo). */
  readonly code: string;
  readonly via: 'alpha-2' | 'alpha-3' | 'name' | 'demonym' | 'alias';
}

/** ISO 3166-1 alpha-2 followed by alpha-3, five letters per country. */
const ALPHA_2_3 =
  'AFAFG AXALA ALALB DZDZA ASASM ADAND AOAGO AIAIA AQATA AGATG ARARG AMARM AWABW AUAUS ATAUT AZAZE BSBHS BHBHR ' +
  'BDBGD BBBRB BYBLR BEBEL BZBLZ BJBEN BMBMU BTBTN BOBOL BQBES BABIH BWBWA BVBVT BRBRA IOIOT BNBRN BGBGR BFBFA ' +
  'BIBDI KHKHM CMCMR CACAN CVCPV KYCYM CFCAF TDTCD CLCHL CNCHN CXCXR CCCCK COCOL KMCOM CGCOG CDCOD CKCOK CRCRI ' +
  'CICIV HRHRV CUCUB CWCUW CYCYP CZCZE DKDNK DJDJI DMDMA DODOM ECECU EGEGY SVSLV GQGNQ ERERI EEEST ETETH FKFLK ' +
  'FOFRO FJFJI FIFIN FRFRA GFGUF PFPYF TFATF GAGAB GMGMB GEGEO DEDEU GHGHA GIGIB GRGRC GLGRL GDGRD GPGLP GUGUM ' +
  'GTGTM GGGGY GNGIN GWGNB GYGUY HTHTI HMHMD VAVAT HNHND HKHKG HUHUN ISISL ININD IDIDN IRIRN IQIRQ IEIRL IMIMN ' +
  'ILISR ITITA JMJAM JPJPN JEJEY JOJOR KZKAZ KEKEN KIKIR KPPRK KRKOR KWKWT KGKGZ LALAO LVLVA LBLBN LSLSO LRLBR ' +
  'LYLBY LILIE LTLTU LULUX MOMAC MKMKD MGMDG MWMWI MYMYS MVMDV MLMLI MTMLT MHMHL MQMTQ MRMRT MUMUS YTMYT MXMEX ' +
  'FMFSM MDMDA MCMCO MNMNG MEMNE MSMSR MAMAR MZMOZ MMMMR NANAM NRNRU NPNPL NLNLD NCNCL NZNZL NINIC NENER NGNGA ' +
  'NUNIU NFNFK MPMNP NONOR OMOMN PKPAK PWPLW PSPSE PAPAN PGPNG PYPRY PEPER PHPHL PNPCN PLPOL PTPRT PRPRI QAQAT ' +
  'REREU ROROU RURUS RWRWA BLBLM SHSHN KNKNA LCLCA MFMAF PMSPM VCVCT WSWSM SMSMR STSTP SASAU SNSEN RSSRB SCSYC ' +
  'SLSLE SGSGP SXSXM SKSVK SISVN SBSLB SOSOM ZAZAF GSSGS SSSSD ESESP LKLKA SDSDN SRSUR SJSJM SZSWZ SESWE CHCHE ' +
  'SYSYR TWTWN TJTJK TZTZA THTHA TLTLS TGTGO TKTKL TOTON TTTTO TNTUN TRTUR TMTKM TCTCA TVTUV UGUGA UAUKR AEARE ' +
  'GBGBR USUSA UMUMI UYURY UZUZB VUVUT VEVEN VNVNM VGVGB VIVIR WFWLF EHESH YEYEM ZMZMB ZWZWE XKXKX';

/**
 * Nationality adjectives (FR masc./fem., NL, DE, EN) for the nationalities Belgian hospitals
 * see most. Space-separated; multi-word forms use '_'.
 */
const DEMONYMS: Record<string, string> = {
  BE: 'belge belgisch belgische belgier belgierin belgian',
  FR: 'francais francaise frans franse franzosisch franzosische franzose franzosin french',
  NL: 'neerlandais neerlandaise hollandais hollandaise nederlands nederlandse nederlander niederlandisch niederlandische niederlander dutch',
  DE: 'allemand allemande duits duitse deutsch deutsche deutscher german',
  LU: 'luxembourgeois luxembourgeoise luxemburgs luxemburgse luxemburgisch luxemburgische luxembourgish luxembourger',
  MA: 'marocain marocaine marokkaans marokkaanse marokkaan marokkanisch marokkanische marokkaner marokkanerin moroccan',
  DZ: 'algerien algerienne algerijns algerijnse algerisch algerische algerier algerian',
  TN: 'tunisien tunisienne tunesisch tunesische tunesier tunisian',
  TR: 'turc turque turks turkse turkisch turkische turke turkin turkish',
  CD: 'congolais_rdc congolaise_rdc congolais_kinshasa congolaise_kinshasa congolees_drc kongolesisch_drk congolese_drc',
  CG: 'congolais_brazzaville congolaise_brazzaville',
  CM: 'camerounais camerounaise kameroens kameroense kamerunisch kamerunische cameroonian',
  GN: 'guineen guineenne guinees guinese guineisch guineische guinean',
  SN: 'senegalais senegalaise senegalees senegalese senegalesisch senegalesische',
  CI: 'ivoirien ivoirienne ivoriaans ivoriaanse ivorisch ivorische ivorian',
  RW: 'rwandais rwandaise rwandees rwandese ruandisch ruandische rwandan',
  BI: 'burundais burundaise burundees burundese burundisch burundische burundian',
  RO: 'roumain roumaine roemeens roemeense rumanisch rumanische rumane rumanin romanian',
  PL: 'polonais polonaise pools poolse polnisch polnische pole polin polish',
  BG: 'bulgare bulgaars bulgaarse bulgarisch bulgarische bulgarian',
  IT: 'italien italienne italiaans italiaanse italienisch italienische italiener italian',
  ES: 'espagnol espagnole spaans spaanse spanisch spanische spanier spanish',
  PT: 'portugais portugaise portugees portugese portugiesisch portugiesische portuguese',
  GR: 'grec grecque grieks griekse griechisch griechische grieche greek',
  GB: 'britannique brits britse britisch britische brite british anglais anglaise engels engelse englisch english',
  IE: 'irlandais irlandaise iers ierse irisch irische irish',
  US: 'americain americaine amerikaans amerikaanse amerikanisch amerikanische amerikaner american',
  SY: 'syrien syrienne syrisch syrische syrer syrian',
  AF: 'afghan afghane afghaans afghaanse afghanisch afghanische afghane',
  IQ: 'irakien irakienne iraaks iraakse irakisch irakische iraker iraqi',
  IR: 'iranien iranienne iraans iraanse iranisch iranische iraner iranian',
  ER: 'erythreen erythreenne eritrees eritrese eritreisch eritreische eritrean',
  ET: 'ethiopien ethiopienne ethiopisch ethiopische athiopisch athiopische ethiopian',
  SO: 'somalien somalienne somalisch somalische somali somalian',
  SD: 'soudanais soudanaise soedanees soedanese sudanesisch sudanesische sudanese',
  UA: 'ukrainien ukrainienne oekraiens oekraiense ukrainisch ukrainische ukrainer ukrainian',
  RU: 'russe russisch russische russe russin russian',
  AL: 'albanais albanaise albanees albanese albanisch albanische albaner albanian',
  RS: 'serbe servisch servische serbisch serbische serbe serbian',
  XK: 'kosovar kosovare kosovaars kosovaarse kosovarisch kosovarische kosovan',
  BA: 'bosnien bosnienne bosnisch bosnische bosnian',
  MK: 'macedonien macedonienne macedonisch macedonische mazedonisch mazedonische macedonian',
  ME: 'montenegrin montenegrine montenegrijns montenegrijnse montenegrinisch montenegrinische montenegrin',
  GE: 'georgien georgienne georgisch georgische georgian',
  AM: 'armenien armenienne armeens armeense armenisch armenische armenian',
  BR: 'bresilien bresilienne braziliaans braziliaanse brasilianisch brasilianische brazilian',
  CN: 'chinois chinoise chinees chinese chinesisch chinesische',
  IN: 'indien indienne indiaas indiase indisch indische inder indian',
  PK: 'pakistanais pakistanaise pakistaans pakistaanse pakistanisch pakistanische pakistani',
  PS: 'palestinien palestinienne palestijns palestijnse palastinensisch palastinensische palestinian',
  EG: 'egyptien egyptienne egyptisch egyptische agyptisch agyptische egyptian',
  NG: 'nigerian nigeriane nigeriaans nigeriaanse nigerianisch nigerianische',
  GH: 'ghaneen ghaneenne ghanees ghanese ghanaisch ghanaische ghanaian',
  NE: 'nigerien nigerienne nigerees nigerese nigrisch nigrische nigerien',
  ML: 'malien malienne malinees malinese malisch malische malian',
  MR: 'mauritanien mauritanienne mauritaans mauritaanse mauretanisch mauretanische mauritanian',
  LY: 'libyen libyenne libisch libische libysch libysche libyan',
  LB: 'libanais libanaise libanees libanese libanesisch libanesische lebanese',
  JO: 'jordanien jordanienne jordaans jordaanse jordanisch jordanische jordanian',
  YE: 'yemenite jemenitisch jemenitische yemeni',
  VE: 'venezuelien venezuelienne venezolaans venezolaanse venezolanisch venezolanische venezuelan',
  CO: 'colombien colombienne colombiaans colombiaanse kolumbianisch kolumbianische colombian',
  CH: 'suisse zwitsers zwitserse schweizerisch schweizerische schweizer swiss',
  AT: 'autrichien autrichienne oostenrijks oostenrijkse osterreichisch osterreichische osterreicher austrian',
  HU: 'hongrois hongroise hongaars hongaarse ungarisch ungarische hungarian',
  CZ: 'tcheque tsjechisch tsjechische tschechisch tschechische czech',
  SK: 'slovaque slowaaks slowaakse slowakisch slowakische slovak',
  LT: 'lituanien lituanienne litouws litouwse litauisch litauische lithuanian',
  LV: 'letton lettone lets letse lettisch lettische latvian',
  EE: 'estonien estonienne ests estse estnisch estnische estonian',
  SE: 'suedois suedoise zweeds zweedse schwedisch schwedische swedish',
  DK: 'danois danoise deens deense danisch danische danish',
  FI: 'finlandais finlandaise fins finse finnisch finnische finnish',
  NO: 'norvegien norvegienne noors noorse norwegisch norwegische norwegian',
  HR: 'croate kroatisch kroatische croatian',
  SI: 'slovene sloveens sloveense slowenisch slowenische slovenian',
  MT: 'maltais maltaise maltees maltese maltesisch maltesische',
  CY: 'chypriote cypriotisch cypriotische zyprisch zyprische cypriot',
  PH: 'philippin philippine filipijns filipijnse philippinisch philippinische filipino',
  VN: 'vietnamien vietnamienne vietnamees vietnamese vietnamesisch vietnamesische',
  BD: 'bangladais bangladaise bengalees bengalese bangladeschisch bangladeschische bangladeshi',
  NP: 'nepalais nepalaise nepalees nepalese nepalesisch nepalesische',
  TG: 'togolais togolaise togolees togolese togoisch togoische togolese',
  BJ: 'beninois beninoise beninees beninese beninisch beninische beninese',
  BF: 'burkinabe burkinees burkinese burkinisch burkinische',
  GA: 'gabonais gabonaise gabonees gabonese gabunisch gabunische gabonese',
  AO: 'angolais angolaise angolees angolese angolanisch angolanische angolan',
};

/** Common names Intl does not give: short forms, old names, local usage. */
const ALIASES: Record<string, string> = {
  rdc: 'CD', 'r d congo': 'CD', 'congo rdc': 'CD', 'congo kinshasa': 'CD', 'congo drc': 'CD', drc: 'CD', 'dr congo': 'CD',
  zaire: 'CD', 'congo brazzaville': 'CG', 'congo rep': 'CG', usa: 'US', 'etats unis': 'US', 'verenigde staten': 'US',
  vs: 'US', uk: 'GB', 'royaume uni': 'GB', 'verenigd koninkrijk': 'GB', 'grande bretagne': 'GB', 'groot brittannie': 'GB',
  angleterre: 'GB', engeland: 'GB', england: 'GB', 'great britain': 'GB', holland: 'NL', hollande: 'NL', turkiye: 'TR',
  turquie: 'TR', 'republique tcheque': 'CZ', 'tsjechische republiek': 'CZ', 'czech republic': 'CZ', macedoine: 'MK',
  macedonie: 'MK', mazedonien: 'MK', macedonia: 'MK', 'cote d ivoire': 'CI', ivoorkust: 'CI', elfenbeinkuste: 'CI',
  'ivory coast': 'CI', russie: 'RU', rusland: 'RU', russland: 'RU', russia: 'RU', birmanie: 'MM', burma: 'MM', kosovo: 'XK',
  syrie: 'SY', syria: 'SY', palestine: 'PS', palestina: 'PS', iran: 'IR', 'coree du sud': 'KR', 'zuid korea': 'KR',
  'south korea': 'KR', 'bosnie': 'BA', bosnia: 'BA', moldavie: 'MD', moldova: 'MD', vatican: 'VA', laos: 'LA',
  swaziland: 'SZ', 'cap vert': 'CV', kaapverdie: 'CV', 'cape verde': 'CV',
};

let byName: Map<string, string> | null = null;
let byAlpha3: Map<string, string> | null = null;

function buildIndex(): void {
  byName = new Map();
  byAlpha3 = new Map();
  for (let i = 0; i + 5 <= ALPHA_2_3.length; i += 6) {
    byAlpha3.set(ALPHA_2_3.slice(i + 2, i + 5), ALPHA_2_3.slice(i, i + 2));
  }
  const alpha2 = new Set(byAlpha3.values());
  for (const language of ['fr', 'nl', 'de', 'en']) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    } catch {
      continue; // An engine without region names: codes, demonyms and aliases still work.
    }
    for (const code of alpha2) {
      const name = names.of(code);
      if (!name) continue;
      const key = normalizeText(name);
      if (key && !byName.has(key)) byName.set(key, code);
      const short = normalizeText(name.replace(/\(.*?\)|,.*$/g, ''));
      if (short && !byName.has(short)) byName.set(short, code);
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) byName.set(alias, code);
}

let byDemonym: Map<string, string> | null = null;

function demonymIndex(): Map<string, string> {
  if (!byDemonym) {
    byDemonym = new Map();
    for (const [code, forms] of Object.entries(DEMONYMS)) {
      if (!/^[A-Z]{2}$/.test(code)) continue;
      for (const form of forms.split(' ')) if (form) byDemonym.set(form.replace(/_/g, ' '), code);
    }
  }
  return byDemonym;
}

/** Is this normalised text a nationality adjective? (Used by option lists too.) */
export function demonymCode(text: string): string | null {
  return demonymIndex().get(normalizeText(text)) ?? null;
}

export function countryFromText(text: string): CountryMatch | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (!byName || !byAlpha3) buildIndex();
  const upper = trimmed.toUpperCase();
  if (/^[A-Za-z]{2}$/.test(trimmed) && new Set(byAlpha3!.values()).has(upper)) return { code: upper, via: 'alpha-2' };
  if (/^[A-Za-z]{3}$/.test(trimmed) && byAlpha3!.has(upper)) return { code: byAlpha3!.get(upper)!, via: 'alpha-3' };
  const t = normalizeText(trimmed);
  const candidates = [t, normalizeText(trimmed.replace(/\(.*?\)/g, '')), t.replace(/\s*\b(rep|republique|republic|republiek)\b.*$/, '')];
  for (const key of candidates) {
    if (!key) continue;
    if (ALIASES[key]) return { code: ALIASES[key], via: 'alias' };
    const byNameCode = byName!.get(key);
    if (byNameCode) return { code: byNameCode, via: 'name' };
    const demonym = demonymIndex().get(key);
    if (demonym) return { code: demonym, via: 'demonym' };
  }
  // "Marocaine (MA)", "MA - Maroc": a code beside the name.
  const code = /\b([A-Z]{2,3})\b/.exec(trimmed)?.[1];
  if (code && code !== trimmed) return countryFromText(code);
  return null;
}
