// Function words that carry no anchor weight when sentences are matched word for word.
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'the a an and or but of to in on at for from by with as is are was were be been being has have had ' +
    'that this these those it its their his her they them he she we you i not no than then there here ' +
    'also which who whom whose what when where while about into over under after before since until more most ' +
    'less least very so such can could will would may might must shall should do does did said says ' +
    'и в во на с со по к ко о об от до из у за для не но а же ли бы что как это этот эта эти его ее её их ' +
    'он она они мы вы я был была были быть есть также так уже при под над между через после около более ' +
    'في من على إلى الى عن مع أن ان إن هذا هذه ذلك تلك التي الذي الذين كما قد لقد لم لن ما لا هو هي هم ' +
    'كان كانت بين حتى بعد قبل عند أو او ثم و ف ب ل'
  ).split(/\s+/),
);
