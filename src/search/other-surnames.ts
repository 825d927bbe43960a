// Surnames that are not in the article. A question naming one of these is
// about someone the article does not cover; it must never be "corrected" to
// the nearest case (Zhang is one letter from Zhong, Ji one from Qi).
// The most common Chinese surnames in pinyin, then frequent other romanisations.
export const OTHER_SURNAMES: ReadonlySet<string> = new Set(
  `wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie
  tang han cao deng feng xiao cheng cai peng pan yuan tian dong fu su ye lu wei jiang du ding shen yao
  ren yan xue lei hou long duan hao kong shao shi mao chang wan gu lai kang yin qian niu hong gong tan
  jia xiong meng qin bai cui fan fang dai zou yu xia jin ji tao wen ou ning zeng zhan geng lv lyu bao
  mo qiu xing an yi zhuang chu hua ling mu ke cen ni pu jian ai lan gan lang che jing quan rui you
  wong lee chan lau lim ng ho cheung leung kwok tsang tse yip yeung hsu hsieh chiang chou chao kuo
  tsai chow yeh teng tseng tsao kao hsiao lo fung mak tam lui siu poon`
    .split(/\s+/u)
    .filter(Boolean),
);

// Common English words that are also romanised surnames: typed in lower case
// or at the start of a sentence they are the English word, not a person.
export const ENGLISH_HOMOGRAPHS: ReadonlySet<string> = new Set(
  "he ma an long fan fang ding tan sun tang pan hang ho lee yu ye mo du gu hu lo bao you wan ni ai lan man chan hong yin lu su ren shi lei".split(" "),
);
