import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { encodeValues, initialTexts } from "@/lib/cards/encode.model";
import { parseCardExport, type ParsedCardTemplate } from "@/lib/cards/card-export.model";
import { FIXTURE_DIR, FIXTURE_NAMES, fixtureText, type FixtureName } from "@/lib/cards/testing/fixtures";
import { SANDBOX_URL as DEFAULT_SANDBOX_URL } from "../../playwright.config";
import { expectNoSeriousA11yViolations } from "./support";

// The card page compiles on first use in a dev server; production answers at once.
const URL_TIMEOUT = { timeout: 30_000 };
const RUN = Date.now().toString(36);
// Overridable so the spec can run beside another suite holding the default ports.
const SANDBOX_URL = process.env.E2E_SANDBOX_URL ?? DEFAULT_SANDBOX_URL;

function parsed(name: FixtureName): ParsedCardTemplate {
  const result = parseCardExport(fixtureText(name));
  if (!result.ok) throw new Error(result.error);
  return result.template;
}

async function importFixture(page: Page, name: FixtureName): Promise<void> {
  await page.goto("/cards/import");
  await page.locator("#card-file").setInputFiles(path.join(FIXTURE_DIR, `${name}.json`));
  await expect(page.getByTestId("import-found")).toBeVisible();
  await expect(page.locator("#card-name")).toHaveValue(name);
  await page.locator("#card-cardTemplateId").fill(`tpl-${name}-${RUN}`);
  await page.getByTestId("import-submit").click();
  await page.waitForURL(/\/cards\/[0-9a-f-]{36}$/, URL_TIMEOUT);
  await expect(page.getByTestId("template-name")).toHaveText(name);
}

/** What each fixture's test types, and the text the preview must then show. */
const edits: Record<
  FixtureName,
  {
    variable: string;
    value: string;
    shows: string;
    privateDefaults?: Record<string, string>;
    row?: Record<string, string>;
  }
> = {
  helloworld: {
    variable: "title",
    value: "E2E 你好 card",
    shows: "E2E 你好 card",
    row: { private_input: "only user one", submitted: "true" },
  },
  approval: { variable: "reason", value: "Team offsite", shows: "报销理由：Team offsite" },
  // The builder's sample form is 2,970 bytes; DingTalk takes 1 KB per value, so a smaller form is sent.
  form: {
    variable: "title",
    value: "Sign-up form",
    shows: "Sign-up form",
    privateDefaults: { form: '{"fields":[{"name":"n","label":"Your name","type":"TEXT","required":true}]}' },
  },
  "progress-data-source": { variable: "title", value: "Sprint 42", shows: "Sprint 42" },
  "table-h5": {
    variable: "evaluate",
    value: '{"stars":5,"tags":["fast"],"suggestion":"E2E suggestion"}',
    shows: "建议：E2E suggestion",
  },
};

interface Delivery {
  cardTemplateId: string;
  cardParamMap: Record<string, string>;
  privateData?: Record<string, string>;
}

async function deliveries(userId: string): Promise<Delivery[]> {
  const response = await fetch(`${SANDBOX_URL}/__sandbox/inspect?userId=${encodeURIComponent(userId)}`);
  const body = (await response.json()) as { deliveries: Record<string, Delivery[] | undefined> };
  return body.deliveries[userId] ?? [];
}

test.describe("card templates", () => {
  for (const name of FIXTURE_NAMES) {
    test(`${name}: import, exactly its variables, live preview, send delivers exactly the encoded data`, async ({
      page,
    }) => {
      const template = parsed(name);
      const edit = edits[name];
      await importFixture(page, name);

      // One field per variable, no more, no less (public ones and the private defaults row).
      const shown = await page
        .getByTestId("card-editor")
        .locator("[data-variable]")
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-variable")));
      expect(shown.sort()).toEqual(template.variables.map((variable) => variable.name).sort());

      const preview = page.getByTestId("card-preview");
      await page.locator(`#var-${edit.variable}`).fill(edit.value);
      await expect(preview).toContainText(edit.shows);
      for (const [variable, value] of Object.entries(edit.privateDefaults ?? {}))
        await page.locator(`#private-default-${variable}`).fill(value);

      const users = [`e2e-${name}-${RUN}-1`, `e2e-${name}-${RUN}-2`];
      if (edit.row) {
        await page.getByTestId("add-private-row").click();
        await page.locator("#private-0-userId").fill(users[0] ?? "");
        for (const [variable, value] of Object.entries(edit.row)) {
          const field = page.locator(`#private-0-${variable}`);
          if ((await field.evaluate((node) => node.tagName)) === "SELECT") await field.selectOption(value);
          else await field.fill(value);
        }
      }
      await page.locator("#summary-zh").fill("E2E 摘要");
      await page.locator("#summary-en").fill("E2E summary");
      await page.locator("#userIdsText").fill(users.join("\n"));
      await page.getByTestId("send-card").click();
      await expect(page.getByTestId("sent-message-link")).toBeVisible(URL_TIMEOUT);

      // The expected maps, computed by the encoder from the same inputs.
      const texts = {
        ...initialTexts(template.variables, template.mockData),
        [edit.variable]: edit.value,
        ...edit.privateDefaults,
      };
      const publicVars = template.variables.filter((variable) => !variable.private);
      const privateVars = template.variables.filter((variable) => variable.private);
      const cardParamMap = {
        ...encodeValues(publicVars, texts).map,
        sys_lastMessageI18n: JSON.stringify({ zh_CN: "E2E 摘要", en_US: "E2E summary" }),
      };
      const defaults = encodeValues(privateVars, texts).map;
      const expected = [edit.row ? { ...defaults, ...encodeValues(privateVars, edit.row).map } : defaults, defaults];

      for (const [index, userId] of users.entries()) {
        await expect.poll(async () => (await deliveries(userId)).length, { timeout: 20_000 }).toBe(1);
        const [delivery] = await deliveries(userId);
        expect(delivery?.cardTemplateId).toBe(`tpl-${name}-${RUN}`);
        expect(delivery?.cardParamMap).toEqual(cardParamMap);
        expect(delivery?.privateData).toEqual(privateVars.length > 0 ? expected[index] : undefined);
      }
    });
  }

  test("a 1.5 KB value and a malformed JSON array are refused at their fields, and nothing is sent", async ({
    page,
  }) => {
    await importFixture(page, "table-h5");
    const url = page.getByTestId("card-editor");
    await page.locator("#var-more_detail_url").fill("x".repeat(1536));
    await expect(page.getByTestId("var-more_detail_url-error")).toContainText("1,536 bytes");
    await page.locator("#var-table").fill('[{"rank": 1}, ');
    await expect(page.getByTestId("var-table-error")).toHaveText("This is not valid JSON.");
    await page.locator("#userIdsText").fill(`e2e-refused-${RUN}`);
    await page.getByTestId("send-card").click();
    await expect(page.getByTestId("sent-message-link")).toHaveCount(0);
    await expect(url).toBeVisible();
    expect(await deliveries(`e2e-refused-${RUN}`)).toEqual([]);
    // The shared toaster's "imported" notice fades after a few seconds; the page is what is checked.
    await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
    await expectNoSeriousA11yViolations(page);
  });

  test("a file that is not a builder export gets a clear reason; the gallery shows thumbnails", async ({ page }) => {
    await page.goto("/cards/import");
    await page.locator("#card-export").fill('{"type":"im"}');
    await expect(page.getByTestId("import-error")).toContainText("no editorData");
    await expectNoSeriousA11yViolations(page);
    await page.goto("/cards");
    await expect(page.getByTestId("card-thumbnail").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
