/** How an article reached the desk. */
export const ARTICLE_ORIGINS = ['paste', 'upload', 'feed', 'api'] as const;
export type ArticleOrigin = (typeof ARTICLE_ORIGINS)[number];

/** An article's review state: new (machine fields only), reviewed (a person confirmed them), dismissed. */
export const ARTICLE_STATES = ['baru', 'ditinjau', 'diabaikan'] as const;
export type ArticleState = (typeof ARTICLE_STATES)[number];
