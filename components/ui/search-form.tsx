import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { paths } from '@/lib/seo/paths';

/**
 * A plain GET form to /search: it works before (and without) any JavaScript, and the
 * results page is an ordinary, shareable URL.
 */
export function SearchForm({
  id,
  label,
  defaultValue = '',
  variant,
}: {
  id: string;
  /** Names the search landmark; two on one page need different names. */
  label: string;
  defaultValue?: string;
  variant: 'header' | 'page';
}) {
  return (
    <form role="search" aria-label={label} action={paths.search()} method="get" className={`search-form search-form--${variant}`}>
      <label htmlFor={id} className={variant === 'header' ? 'visually-hidden' : 'search-form__label'}>
        Search stories
      </label>
      <span className="search-form__row">
        <input
          id={id}
          className="search-form__input"
          type="search"
          name="q"
          defaultValue={defaultValue}
          maxLength={MAX_QUERY_LENGTH}
          enterKeyHint="search"
          placeholder={variant === 'header' ? 'Search stories' : 'Words, names, places…'}
        />
        <button type="submit" className="search-form__button">
          Search
        </button>
      </span>
    </form>
  );
}
