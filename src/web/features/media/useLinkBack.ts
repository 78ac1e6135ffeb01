import { useLinkArticle } from './queries';
import type { ArticleLink } from './api';

/**
 * Records on the article what was made of it. The new meeting or incident stands whatever happens
 * here: a failed link is reported by the caller and can be redone from the article.
 */
export function useLinkBack() {
  const link = useLinkArticle();
  return {
    linkBack: (articleId: number, target: ArticleLink): Promise<boolean> =>
      link.mutateAsync({ id: articleId, link: target }).then(() => true, () => false),
    isPending: link.isPending,
  };
}
