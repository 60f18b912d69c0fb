// Scores of games: "won 3-1", "со счетом 1:0", "بنتيجة 2-0". Two figures joined by a dash are usually a range
// ("2-3 billion", "5–10 см"); a word of winning, losing or scoring beside them makes them the two sides of a result.

/** What joins the two sides: a dash, a colon as Russian writes "2:0", Chinese 比 ("3比1") and its full-width colon. */
export const SCORE_JOINERS: readonly string[] = ['-', '–', '—', ':', '：', '比'];

/**
 * Words that tell a result: within a few words before the figures ("beat Rangers 2-0") or just after them
 * ("a 1-0 win"). Lower-cased as the tokenizer normalises them (ё → е; Arabic without diacritics, alef
 * variants folded, clitics and the article stripped by the lookup).
 */
export const SCORE_WORDS: readonly string[] = [
  // English
  'score', 'scored', 'scores', 'scoring', 'scoreline', 'win', 'wins', 'won', 'winning', 'victory', 'victories', 'triumph',
  'beat', 'beats', 'beating', 'defeat', 'defeated', 'defeats', 'lose', 'loses', 'lost', 'losing', 'loss', 'draw', 'drew',
  'drawn', 'tie', 'tied', 'lead', 'leads', 'led', 'leading', 'trail', 'trailed', 'trailing', 'rout', 'routed', 'thrashed',
  'thrashing', 'edged', 'downed',
  // Russian
  'счет', 'счета', 'счетом', 'победа', 'победы', 'победу', 'победой', 'победе', 'победил', 'победила', 'победили', 'победив',
  'выиграл', 'выиграла', 'выиграли', 'выиграв', 'проиграл', 'проиграла', 'проиграли', 'проиграв', 'поражение', 'поражения',
  'поражению', 'поражением', 'ничья', 'ничьей', 'ничью', 'обыграл', 'обыграла', 'обыграли', 'уступил', 'уступила',
  'уступили', 'разгромил', 'разгромили', 'лидирует', 'лидировал', 'лидировала', 'лидировали', 'преимущество', 'преимуществом',
  // Arabic
  'نتيجة', 'فوز', 'فوزا', 'فاز', 'فازت', 'فازوا', 'خسارة', 'خسر', 'خسرت', 'هزيمة', 'هزم', 'هزمت', 'تعادل', 'تعادلا',
  'انتصار', 'تغلب', 'تغلبت', 'متقدما', 'متأخرا',
];

/** Chinese words that tell a result, found in the characters around the figures ("以3比1战胜", "2：0获胜"). */
export const ZH_SCORE_WORDS: readonly string[] = ['胜', '赢', '输', '负', '败', '比分', '战平', '打平', '逼平'];
