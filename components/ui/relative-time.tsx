/**
 * A time the reader's browser shows as "3h ago" (lib/relative-times.ts labels it): the exact
 * time until then, and without JavaScript. Rendered on the server or in the newsroom's client
 * components alike; the label is the browser's, so hydration leaves it as it is.
 */
export function RelativeTime({
  iso,
  exact,
  withoutFallback = false,
}: {
  iso: string;
  exact: string;
  /** Nothing until the browser knows "now": for places that show the exact time anyway. */
  withoutFallback?: boolean;
}) {
  return (
    // Focusable so keyboard users can reveal the exact time, as a mouse hover does.
    <time
      className="time"
      dateTime={iso}
      title={exact}
      data-relative={withoutFallback ? 'without-fallback' : ''}
      data-exact={exact}
      hidden={withoutFallback}
      tabIndex={0}
      suppressHydrationWarning
    >
      {withoutFallback ? null : exact}
    </time>
  );
}
