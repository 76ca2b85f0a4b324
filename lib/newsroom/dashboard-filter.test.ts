import { describe, expect, it } from 'vitest';
import { dashboardErrorText } from './dashboard-filter';

describe('the dashboard’s ?error= alert', () => {
  it('a known code shows its fixed text', () => {
    expect(dashboardErrorText('forbidden')).toBe('You don’t have permission to do that.');
    expect(dashboardErrorText('error')).toBe('Something went wrong on our side. Nothing you typed was lost; please try again.');
    expect(dashboardErrorText('not_found')).toBe('Could not create a draft');
    expect(dashboardErrorText(['forbidden', 'error'])).toBe('You don’t have permission to do that.');
  });

  it.each([
    ['attacker text', '<script>hello'],
    ['a message from before codes', 'Your account was suspended. Call +1 555 0100 to restore it.'],
    ['an inherited property name', 'toString'],
    ['an empty value', ''],
    ['no value', undefined],
  ])('%s shows nothing', (_label, value) => {
    expect(dashboardErrorText(value)).toBeNull();
  });
});
