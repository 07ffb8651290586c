/** Shared steps for the end-to-end specs. */
import { type Page, expect } from '@playwright/test';

/** The seed post: the product's first document. */
export const SEED = {
  slug: 'lazarus-telegram-crypto-theft',
  title: 'Kaspersky Lab reports North Korean Hacker group Lazarus stealing cryptocurrencies using the Telegram messenger',
  day: '11 January 2020',
  source: 'E Hacking News',
};

/** Pages through the post list until a post's link is visible, and returns it. */
export async function findInList(page: Page, title: string) {
  const link = page.getByRole('link', { name: title, exact: true });
  for (;;) {
    await expect(page.getByRole('navigation', { name: 'Pages' })).toBeVisible();
    if (await link.isVisible()) return link;
    const older = page.getByRole('link', { name: /Older/ });
    await expect(older, `"${title}" is not in the list`).toBeVisible();
    await older.click();
  }
}
