/**
 * The charts, in the built app: the money chart of a view and its table, charts as filters (a click
 * or a drag writes the URL, Back undoes it), the details panel's links into the reader, the CSV
 * download, and recharts staying out of the first page.
 */
import { readFile } from 'node:fs/promises';
import { type Locator, type Page, expect, test } from '@playwright/test';
import { SEED } from './helpers.ts';

const MONEY = 'Reported money over time';
const POSTS = 'Posts over time';

function chart(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title, exact: true });
}

// The plot margins and axis widths the chart modules use; a category bar's centre follows from them.
const PLOTS = {
  [MONEY]: { left: 12 + 72, right: 12 },
  [POSTS]: { left: 8 + 64, right: 12 },
} as const;

/** Clicks (or hovers) the `index`-th of `count` bars of a vertical bar chart, by position. */
async function pointAtBar(page: Page, title: keyof typeof PLOTS, index: number, count: number, action: 'click' | 'hover' = 'click') {
  const plot = chart(page, title).getByRole('application');
  await plot.scrollIntoViewIfNeeded();
  const box = await plot.boundingBox();
  if (!box) throw new Error(`${title} has no plot on screen`);
  const { left, right } = PLOTS[title];
  const x = box.x + left + ((index + 0.5) * (box.width - left - right)) / count;
  const y = box.y + box.height / 2;
  if (action === 'hover') await page.mouse.move(x, y);
  else await page.mouse.click(x, y);
}

/** The body rows of a chart's table view, as [period, ...cells]. */
async function tableRows(region: Locator): Promise<string[][]> {
  const table = region.getByRole('table');
  await expect(table).toBeVisible();
  const rows = table.getByRole('row');
  const out: string[][] = [];
  for (let i = 1; i < (await rows.count()); i++) {
    out.push((await rows.nth(i).getByRole('cell').allInnerTexts()).map((text) => text.trim()));
    out[out.length - 1]?.unshift((await rows.nth(i).getByRole('rowheader').innerText()).trim());
  }
  return out;
}

test('the money chart of Lazarus Group shows the seed post’s $571 million in January 2020, listed in the table view', async ({ page }) => {
  await page.goto('/charts?actor=lazarus-group');
  const money = chart(page, MONEY);
  await expect(money.getByRole('heading', { name: MONEY })).toBeVisible();
  await expect(money.getByText('Sum of figures stated in USD, by year of first report')).toBeVisible();
  await money.getByRole('button', { name: 'Show as table' }).click();
  const table = money.getByRole('table');
  await expect(table.getByRole('caption')).toContainText('Reported money per year in USD');

  const year = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2020', exact: true }) });
  await expect(year).toContainText('571,000,000');
  await expect(year.getByRole('link', { name: SEED.title })).toHaveAttribute('href', `/posts/${SEED.slug}#figure-0`);

  // The year's link narrows the view to 2020; the chart then bins by month.
  await year.getByRole('link', { name: '2020', exact: true }).click();
  await expect(page).toHaveURL('/charts?actor=lazarus-group&from=2020-01-01&to=2020-12-31');
  // The table view stays open across the navigation.
  await expect(money.getByRole('button', { name: 'Show as table' })).toHaveAttribute('aria-pressed', 'true');
  const january = money.getByRole('table').getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Jan 2020', exact: true }) });
  await expect(january).toContainText('571,000,000');
  await expect(january.getByRole('link', { name: SEED.title })).toBeVisible();
});

test('clicking the largest bar narrows the view to its year and lists the posts that reported it', async ({ page }) => {
  await page.goto('/charts?actor=lazarus-group');
  const money = chart(page, MONEY);
  await money.getByRole('button', { name: 'Show as table' }).click();
  const rows = await tableRows(money);
  const totals = rows.map((row) => Number((row.at(-2) ?? '').replace(/,/g, '')));
  const largest = totals.indexOf(Math.max(...totals));
  const label = rows[largest]?.[0] ?? '';
  await money.getByRole('button', { name: 'Show as table' }).click();

  await pointAtBar(page, MONEY, largest, rows.length);
  await expect(page).toHaveURL(`/charts?actor=lazarus-group&from=${label}-01-01&to=${label}-12-31`);
  const details = money.getByRole('region', { name: `Figures from 1 January ${label} to 31 December ${label}` });
  await expect(details.getByRole('heading')).toContainText(/\d+ figures?/);
  const first = details.getByRole('listitem').first().getByRole('link').first();
  const href = (await first.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/posts\/[^#?]+#figure-\d+$/);

  // The link opens the post with that figure's sentence marked.
  await first.click();
  await expect(page).toHaveURL(href);
  await expect(page.getByRole('button', { name: 'Unmark in text', pressed: true })).toBeVisible();

  // Back walks through the clicks: the year, then the whole view.
  await page.goBack();
  await expect(page).toHaveURL(`/charts?actor=lazarus-group&from=${label}-01-01&to=${label}-12-31`);
  await page.goBack();
  await expect(page).toHaveURL('/charts?actor=lazarus-group');
});

test('the table view matches the bars', async ({ page }) => {
  await page.goto('/charts?actor=lazarus-group');
  const money = chart(page, MONEY);
  await money.getByRole('button', { name: 'Show as table' }).click();
  const rows = await tableRows(money);
  await money.getByRole('button', { name: 'Show as table' }).click();
  expect(rows.map((row) => row[0])).toEqual(['2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);

  for (const [index, row] of rows.entries()) {
    const total = row.at(-2) ?? '';
    await pointAtBar(page, MONEY, index, rows.length, 'hover');
    const tip = money.getByText(new RegExp(`^${row[0]}: [\\d,]+ USD$`));
    // A bar with no figure has no tooltip.
    if (total === '0') await expect(tip).toHaveCount(0);
    else await expect(tip).toHaveText(`${row[0]}: ${total} USD`);
  }
});

test('a bar is a filter by keyboard too: arrow keys choose it, Enter narrows the view', async ({ page }) => {
  await page.goto('/charts?actor=lazarus-group');
  const money = chart(page, MONEY);
  await money.getByRole('application').focus();
  const tip = money.getByText(/^\d{4}: [\d,]+ USD$/);
  for (let i = 0; i < 12 && !((await tip.count()) > 0 && (await tip.innerText()).startsWith('2020:')); i++) await page.keyboard.press('ArrowRight');
  await expect(tip).toHaveText('2020: 571,000,000 USD');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/charts?actor=lazarus-group&from=2020-01-01&to=2020-12-31');
  await expect(money.getByRole('region', { name: 'Figures from 1 January 2020 to 31 December 2020' }).getByRole('link', { name: SEED.title })).toHaveAttribute(
    'href',
    `/posts/${SEED.slug}#figure-0`,
  );
});

test('clicking a posts-over-time bar sets the dates, and the list follows', async ({ page }) => {
  await page.goto('/charts?actor=lazarus-group');
  const posts = chart(page, POSTS);
  await expect(page.getByText('16 posts in this view')).toBeVisible();
  await posts.getByRole('combobox', { name: 'Period' }).selectOption('year');
  await posts.getByRole('button', { name: 'Show as table' }).click();
  const rows = await tableRows(posts);
  await posts.getByRole('button', { name: 'Show as table' }).click();
  const index = rows.findIndex((row) => row[0] === '2020');

  await pointAtBar(page, POSTS, index, rows.length);
  await expect(page).toHaveURL('/charts?actor=lazarus-group&from=2020-01-01&to=2020-12-31');
  await expect(page.getByText(`${rows[index]?.[1]} post in this view`)).toBeVisible();
  await page.getByRole('link', { name: 'List these posts' }).click();
  await expect(page).toHaveURL('/?actor=lazarus-group&from=2020-01-01&to=2020-12-31');
  await expect(page.getByRole('link', { name: SEED.title, exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^1 post$/ })).toBeVisible();
});

test('dragging across posts-over-time bars sets the dates to the bins dragged over', async ({ page }) => {
  await page.goto('/charts?actor=lazarus-group');
  const posts = chart(page, POSTS);
  await posts.getByRole('combobox', { name: 'Period' }).selectOption('year');
  const plot = posts.getByRole('application');
  await plot.scrollIntoViewIfNeeded();
  const box = await plot.boundingBox();
  if (!box) throw new Error('no plot');
  const { left, right } = PLOTS[POSTS];
  const at = (index: number) => box.x + left + ((index + 0.5) * (box.width - left - right)) / 12;
  await page.mouse.move(at(2), box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(at(4), box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL('/charts?actor=lazarus-group&from=2016-01-01&to=2018-12-31');
});

test('a victim bar adds the country to the view, from the chart or its table; Back undoes it', async ({ page }) => {
  await page.goto('/charts?actor=lazarus-group');
  const victims = chart(page, 'Top victim countries');
  await victims.getByRole('button', { name: 'Show as table' }).click();
  await victims.getByRole('link', { name: 'Show only posts with South Korea' }).click();
  await expect(page).toHaveURL('/charts?actor=lazarus-group&victim=KR');
  await expect(page.getByRole('link', { name: 'Remove Victim country: South Korea' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL('/charts?actor=lazarus-group');

  // The first bar of the chart itself.
  await victims.getByRole('button', { name: 'Show as table' }).click();
  const plot = victims.getByRole('application');
  await plot.scrollIntoViewIfNeeded();
  const box = await plot.boundingBox();
  if (!box) throw new Error('no plot');
  await page.mouse.click(box.x + box.width * 0.6, box.y + 4 + (box.height - 4 - 20 - 36) / 20);
  await expect(page).toHaveURL(/\/charts\?actor=lazarus-group&victim=[A-Z]{2}$/);
});

test('a chart’s data downloads as CSV, the same numbers as its table', async ({ page }) => {
  await page.goto('/charts?actor=lazarus-group');
  const money = chart(page, MONEY);
  const [download] = await Promise.all([page.waitForEvent('download'), money.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('sitrep-money-usd-by-kind-actor-lazarus-group.csv');
  const text = await readFile((await download.path()) ?? '', 'utf8');
  const lines = text.trim().split('\r\n');
  expect(lines[0]).toMatch(/^Period,First day,Last day,Theft \(USD\),.*,Total \(USD\),Incidents,Reports$/);
  expect(lines.find((line) => line.startsWith('2020,'))).toMatch(/^2020,2020-01-01,2020-12-31,571000000,.*,571000000,1,1$/);
});

test('converted amounts count only when asked, and say so', async ({ page }) => {
  await page.goto('/charts?actor=lazarus-group&from=2024-01-01&to=2024-12-31');
  const money = chart(page, MONEY);
  await expect(money.getByText(/stated in other currencies .* not in this sum; nothing is converted/)).toBeVisible();
  const details = money.getByRole('region', { name: /^Figures from/ });
  await expect(details.getByText(/converted from/)).toHaveCount(0);
  // The view's won amounts that are not said again in dollars are "other" (what the stolen coins are worth today).
  await money.getByRole('checkbox', { name: /Include bounties, funding, prices and other amounts/ }).check();
  await expect(details.getByText(/converted from/)).toHaveCount(0);
  await money.getByRole('checkbox', { name: /Include converted amounts/ }).check();
  await expect(money.getByText('stated in USD plus amounts converted to USD', { exact: false })).toBeVisible();
  await expect(details.getByText(/converted from [\d,]+ KRW/).first()).toBeVisible();
});

test('the charts are a deep link: a reload shows the same view, and other currencies can be chosen', async ({ page }) => {
  await page.goto('/charts?actor=lazarus-group&from=2024-01-01&to=2024-12-31');
  await page.reload();
  await expect(page.getByRole('link', { name: 'Remove Threat actor: Lazarus Group' })).toBeVisible();
  const money = chart(page, MONEY);
  await money.getByRole('combobox', { name: 'Currency' }).selectOption('KRW');
  await expect(money.getByText('Sum of figures stated in KRW')).toBeVisible();
  await expect(money.getByRole('combobox', { name: 'Stack by' })).toBeVisible();
});

test('recharts is not in the app’s first scripts; it loads with the first chart', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script' && response.ok()) scripts.push(await response.text().catch(() => ''));
  });
  const hasRecharts = (text: string) => text.includes('recharts-surface');
  // A page with no chart loads only the app's own bundle.
  await page.goto(`/posts/${SEED.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter(hasRecharts)).toEqual([]);

  await page.goto('/charts');
  await expect(chart(page, MONEY).getByRole('application')).toBeVisible();
  expect(scripts.some(hasRecharts)).toBe(true);
});

test('the explorer shows posts over time above the list, and a bar narrows the list', async ({ page }) => {
  await page.goto('/?actor=lazarus-group');
  await expect(page.getByRole('link', { name: SEED.title, exact: true })).toBeVisible();
  // The chart loads after the list; once the network is quiet it is there or it is not placed.
  await page.waitForLoadState('networkidle');
  const posts = chart(page, POSTS);
  await expect(posts.getByRole('link', { name: 'All charts' })).toHaveAttribute('href', '/charts?actor=lazarus-group');
  await posts.getByRole('button', { name: 'Show as table' }).click();
  await posts.getByRole('link', { name: /2020$/ }).first().click();
  await expect(page).toHaveURL(/\/\?actor=lazarus-group&from=2020-\d\d-01&to=2020-\d\d-\d\d$/);
  await expect(page.getByRole('link', { name: SEED.title, exact: true })).toBeVisible();
});

test('totals a post gives for a whole year count only when asked, so incidents are not counted twice', async ({ page }) => {
  await page.goto('/charts?actor=lazarus-group&from=2023-01-01&to=2023-12-31');
  const money = chart(page, MONEY);
  await money.getByRole('button', { name: 'Show as table' }).click();
  const withoutTotals = await tableRows(money);
  await expect(money.getByText(/totals over a period are left out/)).toBeVisible();

  await money.getByRole('checkbox', { name: /Include reported totals \(\d+\)/ }).check();
  await expect(money.getByText(/reported totals are included/)).toBeVisible();
  // Chainalysis's "a record $1.7 billion in 2022", reported in 2023, now adds to the year.
  expect(await tableRows(money)).not.toEqual(withoutTotals);
});

test('the money chart sums incident money by default; other kinds and amounts out of proportion are one click away', async ({ page }) => {
  // e2e/fixtures/posts/2012-07-10-money-out-of-proportion.md: a $500,000 ransom and a $2,500,000 theft,
  // a $49,000 price, $10 million of funding, and "$75 trillion in damages" in a retrospective.
  const view = '/charts?from=2012-01-01&to=2012-12-31';
  await page.goto(view);
  const money = chart(page, MONEY);
  await expect(money.getByText(/of incident money \(theft, ransom, fine, loss, damages\)/)).toBeVisible();

  // The $75 trillion is held out, and shown above the chart with its sentence and its post.
  const heldOut = money.getByRole('region', { name: 'Amounts out of all proportion' });
  await expect(heldOut.getByRole('heading')).toHaveText('1 amount out of all proportion, left out of the sum');
  await expect(heldOut).toContainText('75,000,000,000,000 USD');
  await expect(heldOut.getByText('the piracy and malware of the era caused $75 trillion in damages', { exact: false })).toBeVisible();
  await expect(heldOut.getByRole('link', { name: /^Fixture: ransomware hits a regional bank/ })).toHaveAttribute('href', /^\/posts\/[^#]+#figure-\d+$/);

  const julyTotal = async () => {
    const rows = await tableRows(money);
    return rows.find((row) => row[0] === 'Jul 2012')?.at(-2);
  };
  await money.getByRole('button', { name: 'Show as table' }).click();
  // Default: the ransom and the theft.
  expect(await julyTotal()).toBe('3,000,000');

  // One click adds the price and the funding; the view's URL does not change, like the chart's other options.
  const otherKinds = money.getByRole('checkbox', { name: 'Include bounties, funding, prices and other amounts (2)' });
  await expect(otherKinds).not.toBeChecked();
  await otherKinds.check();
  await expect.poll(julyTotal).toBe('13,049,000');
  await expect(page).toHaveURL(view);

  // Another adds the amount held out, which stays listed with its sentence.
  await money.getByRole('checkbox', { name: 'Include amounts out of proportion (1)' }).check();
  await expect.poll(julyTotal).toBe('75,000,013,049,000');
  await expect(heldOut.getByRole('heading')).toHaveText('1 amount out of all proportion, included in the sum');
});
