/**
 * Loads one of our HIS fixture pages into the happy-dom document of a unit test, as a browser
 * would as far as detection is concerned: body and its attributes, declarative shadow roots
 * attached (happy-dom's parser does not), srcdoc frames loaded; scripts run only on request.
 * Frames with a src are left out here (happy-dom loads no pages); the child page is a fixture
 * of its own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'his');

/**
 * Held-out pages written without looking at the detection (tests/fixtures/unseen): measured by
 * tests/e2e/content-unseen.test.ts, never part of the threshold tests.
 */
export const UNSEEN_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen');

/**
 * A second held-out set (tests/fixtures/unseen-2), written blind like the first, for when the
 * first has been tuned on: measured by tests/e2e/content-unseen-2.test.ts, never a threshold.
 * Frame pages live in its frames/ sub-folder, so they are scored once, through their parent.
 */
export const UNSEEN_2_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-2');

/**
 * A third held-out set (tests/fixtures/unseen-3), written blind once the first two were being
 * tuned on, for the final out-of-sample measurement: measured by
 * tests/e2e/content-unseen-3.test.ts, never a threshold, never a tuning target.
 */
export const UNSEEN_3_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-3');

/**
 * A fourth held-out set (tests/fixtures/unseen-4), written blind once the first three were being
 * tuned on, for the final out-of-sample measurement: measured by
 * tests/e2e/content-unseen-4.test.ts, never a threshold, never a tuning target.
 */
export const UNSEEN_4_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-4');

/**
 * A fifth held-out set (tests/fixtures/unseen-5), written blind once the first four were being
 * tuned on, for the final out-of-sample measurement: measured by
 * tests/e2e/content-unseen-5.test.ts, never a threshold, never a tuning target. Frame pages live
 * in its frames/ sub-folder, so they are scored once, through their parent.
 */
export const UNSEEN_5_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-5');

/**
 * A sixth held-out set (tests/fixtures/unseen-6), written blind once the first five were being
 * tuned on, for the final out-of-sample measurement: measured by
 * tests/e2e/content-unseen-6.test.ts, never a threshold, never a tuning target.
 */
export const UNSEEN_6_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-6');

/**
 * A seventh held-out set (tests/fixtures/unseen-7), written blind while the first six were being
 * tuned on (other frameworks: PrimeNG, Mendix, Drupal, RichFaces, Quasar, Shoelace): measured by
 * tests/e2e/content-unseen-7.test.ts, never a threshold, never a tuning target.
 */
export const UNSEEN_7_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-7');

/**
 * An eighth held-out set (tests/fixtures/unseen-8), written blind while the seventh was being
 * tuned on (Dojo, Oracle Forms and JET, a code-field HIS, Syncfusion, Laravel): measured by
 * tests/e2e/content-unseen-8.test.ts, never a threshold, never a tuning target.
 */
export const UNSEEN_8_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-8');

/**
 * A ninth held-out set (tests/fixtures/unseen-9), written blind while the eighth was being tuned
 * on (ZK, Webix, Ember, a ServiceNow-like frame, jQuery UI + DataTables, Salesforce Classic):
 * measured by tests/e2e/content-unseen-9.test.ts, never a threshold, never a tuning target.
 */
export const UNSEEN_9_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-9');

/**
 * A tenth held-out set (tests/fixtures/unseen-10), written blind while the ninth was being tuned
 * on (Wicket, Angular + Clarity, Carbon web components, Power Pages, HTMX + Bulma, a
 * Google-Forms-like form): measured by tests/e2e/content-unseen-10.test.ts, never a threshold,
 * never a tuning target.
 */
export const UNSEEN_10_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-10');

/**
 * An eleventh held-out set (tests/fixtures/unseen-11), written blind while the tenth was being
 * tuned on (Oracle ADF Faces, Liferay Forms, Joomla 4, a Cerner-like screen, Backbone +
 * select2): measured by tests/e2e/content-unseen-11.test.ts, never a threshold, never a tuning
 * target.
 */
export const UNSEEN_11_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-11');

/**
 * A twelfth held-out set (tests/fixtures/unseen-12), written blind after the eleventh was tuned
 * on (Pega Cosmos, Orbeon XForms, Appian SAIL, DHTMLX Suite, a Bubble no-code app): measured by
 * tests/e2e/content-unseen-12.test.ts, never a threshold, never a tuning target.
 */
export const UNSEEN_12_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-12');

/**
 * A thirteenth held-out set (tests/fixtures/unseen-13), written blind after the twelfth was
 * tuned on (Frappe desk, a SharePoint 2013 list form, Elm + elm-ui, a Form.io wizard, a
 * Streamlit app): measured by tests/e2e/content-unseen-13.test.ts, never a threshold, never a
 * tuning target.
 */
export const UNSEEN_13_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-13');

/**
 * A fourteenth held-out set (tests/fixtures/unseen-14), written blind after the thirteenth was
 * tuned on (Filament / Livewire, InfoPath Forms Services, Jotform, IBM HATS over a 3270 screen,
 * a TrakCare-like screen): measured by tests/e2e/content-unseen-14.test.ts, never a threshold,
 * never a tuning target.
 */
export const UNSEEN_14_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-14');

/**
 * A fifteenth held-out set (tests/fixtures/unseen-15), written blind after the fourteenth was
 * tuned on (Power Apps canvas, a ColdFusion nested-table intranet, SurveyJS, Retool): measured by
 * tests/e2e/content-unseen-15.test.ts, never a threshold, never a tuning target.
 */
export const UNSEEN_15_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-15');

/**
 * A sixteenth held-out set (tests/fixtures/unseen-16), written blind after the fifteenth was
 * tuned on (Zoho Creator, Business Central, Nuxt + PrimeVue, a Typeform-like one-question form,
 * AngularJS 1.x bilingual): measured by tests/e2e/content-unseen-16.test.ts, never a threshold,
 * never a tuning target.
 */
export const UNSEEN_16_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-16');

/**
 * A seventeenth held-out set (tests/fixtures/unseen-17), written blind while the sixteenth was
 * being measured (Sonata Admin, Siebel Open UI, Plone 6, Gravity Forms, Yii2 + Kartik bilingual):
 * measured by tests/e2e/content-unseen-17.test.ts after the set-16 fixes, never a threshold,
 * never a tuning target.
 */
export const UNSEEN_17_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-17');

/**
 * An eighteenth held-out set (tests/fixtures/unseen-18), written blind while the seventeenth was
 * tuned on (K2 SmartForms, Laravel Nova, Mantine, Appsmith, Grails bilingual): measured by
 * tests/e2e/content-unseen-18.test.ts after the set-17 fixes, never a threshold, never a tuning target.
 */
export const UNSEEN_18_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-18');

/**
 * A nineteenth held-out set (tests/fixtures/unseen-19), written blind while the eighteenth was
 * tuned on (IRIS Zen, Struts 1, Web Dynpro ABAP, an Airtable-like form, Semantic UI bilingual):
 * measured by tests/e2e/content-unseen-19.test.ts after the set-18 fixes, never a threshold, never
 * a tuning target.
 */
export const UNSEEN_19_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-19');

/**
 * A twentieth held-out set (tests/fixtures/unseen-20), written blind while the nineteenth was
 * tuned on (Joget DX, Budibase, UIkit 3, Chakra UI): measured by tests/e2e/content-unseen-20.test.ts
 * after the set-19 fixes, never a threshold, never a tuning target.
 */
export const UNSEEN_20_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-20');

/**
 * A twenty-first held-out set (tests/fixtures/unseen-21), written blind while the twentieth was
 * tuned on (Nintex Forms, Vaadin Flow 24, Laminas, ASP.NET MVC 5): measured by
 * tests/e2e/content-unseen-21.test.ts after the set-20 fixes, never a threshold, never a tuning target.
 */
export const UNSEEN_21_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-21');

/**
 * A twenty-second held-out set (tests/fixtures/unseen-22), written blind while the twenty-first
 * was tuned on (Tapestry 5, Foundation 6, Onsen UI, MudBlazor): measured by
 * tests/e2e/content-unseen-22.test.ts after the set-21 fixes, never a threshold, never a tuning target.
 */
export const UNSEEN_22_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-22');

/**
 * A twenty-third held-out set (tests/fixtures/unseen-23), written blind while the twenty-second
 * was tuned on (Django crispy-forms, OpenUI5, Kendo UI for jQuery, Thymeleaf): measured by
 * tests/e2e/content-unseen-23.test.ts after the set-22 fixes, never a threshold, never a tuning target.
 */
export const UNSEEN_23_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-23');

/**
 * A twenty-fourth held-out set (tests/fixtures/unseen-24), written blind beside the twenty-third
 * while the twenty-second was tuned on (Magento 2 admin, PatternFly 5, Dynamics CRM 2011, Tailwind
 * UI + Headless UI): measured by tests/e2e/content-unseen-24.test.ts after the set-22 fixes.
 */
export const UNSEEN_24_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-24');

/**
 * A twenty-fifth held-out set (tests/fixtures/unseen-25), written blind beside the twenty-sixth
 * while sets 23 and 24 were tuned on (Taiga UI, Drupal 10 Claro, Lit in light DOM, Fluent UI 9):
 * measured by tests/e2e/content-unseen-25.test.ts after the set-23/24 fixes, never a tuning target.
 */
export const UNSEEN_25_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-25');

/**
 * A twenty-sixth held-out set (tests/fixtures/unseen-26), written blind while sets 23 and 24 were
 * tuned on (BootsFaces JSF, NG-ZORRO, GNU Health on Tryton's web client, OpenEMR): measured by
 * tests/e2e/content-unseen-26.test.ts after the set-23/24 fixes, never a tuning target.
 */
export const UNSEEN_26_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-26');

/**
 * Held-out sets 27 and 28 (tests/fixtures/unseen-27, unseen-28), written blind side by side while
 * sets 25 and 26 were tuned on (Oracle APEX UT, GeneXus, FileMaker WebDirect-like, Guidewire-like;
 * BootstrapVue, Radzen Blazor, SmartGWT, Blueprint): measured by tests/e2e/content-unseen-27.test.ts
 * and content-unseen-28.test.ts after the set-25/26 fixes, never a tuning target.
 */
export const UNSEEN_27_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-27');
export const UNSEEN_28_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-28');

/**
 * Held-out sets 29 and 30 (tests/fixtures/unseen-29, unseen-30), written blind side by side while
 * sets 27 and 28 were tuned on (Telerik Blazor, Ignite UI for Angular, HTMX + Pico, Wagtail;
 * PrimeReact, Uniface, Flask-Admin, OpenEdge WebSpeed): measured by tests/e2e/content-unseen-29.test.ts
 * and content-unseen-30.test.ts after the set-27/28 fixes, never a tuning target.
 */
export const UNSEEN_29_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-29');
export const UNSEEN_30_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-30');

/**
 * Held-out sets 31 and 32 (tests/fixtures/unseen-31, unseen-32), written blind side by side after
 * the fixes from sets 22 to 30 (Materialize, Phoenix LiveView, jQuery Mobile, PeopleSoft PIA;
 * SuiteCRM 7, PeopleSoft PIA, jQuery Mobile, OpenMRS): measured by tests/e2e/content-unseen-31.test.ts
 * and content-unseen-32.test.ts, never tuned on before their first measurement.
 */
export const UNSEEN_31_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-31');
export const UNSEEN_32_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'unseen-32');

/** Fixture pages, all of them scored. Those with `script` are driven by it before scoring. */
export function fixturePages(dir: string = FIXTURE_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
}

export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURE_DIR, name), 'utf8');
}

/** The scripts a fixture loads with <script src>. */
export function fixtureScripts(name: string): string[] {
  return Array.from(fixtureHtml(name).matchAll(/<script\s+src="([^"]+)"/g), (m) => m[1]!);
}

export function loadFixture(name: string, doc: Document = document): void {
  const html = fixtureHtml(name).replace(/<!--[\s\S]*?-->/g, '');
  const body = /<body([^>]*)>([\s\S]*)<\/body>/i.exec(html);
  if (!body) throw new Error(`${name}: no <body>`);
  doc.title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? name;
  // Parse inertly (a template), so nothing loads before the frames happy-dom cannot load are out.
  const attributes = doc.createElement('template');
  attributes.innerHTML = `<div${body[1]}></div>`;
  for (const attribute of Array.from(doc.body.attributes)) doc.body.removeAttribute(attribute.name);
  for (const attribute of Array.from((attributes.content.firstElementChild as Element).attributes)) {
    doc.body.setAttribute(attribute.name, attribute.value);
  }
  const template = doc.createElement('template');
  template.innerHTML = body[2]!;
  for (const frame of Array.from(template.content.querySelectorAll('iframe:not([srcdoc]),frame'))) {
    frame.replaceWith(doc.createComment(`frame left out in happy-dom: ${frame.getAttribute('src') ?? 'about:blank'}`));
  }
  doc.body.replaceChildren(doc.importNode(template.content, true));
  attachDeclarativeShadowRoots(doc.body);
}

/** What the HTML parser of a browser does with <template shadowrootmode="open">. */
export function attachDeclarativeShadowRoots(root: Element | ShadowRoot): void {
  for (const template of Array.from(root.querySelectorAll('template[shadowrootmode]')) as HTMLTemplateElement[]) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    shadow.append(template.content);
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

/** Run a fixture's own script in the test window (what <script src> does in a browser). */
export function runFixtureScript(name: string): void {
  const code = readFileSync(join(FIXTURE_DIR, name), 'utf8');
  new Function(code)();
}

/** Resolves when <body data-fixture-state="done">, as the SPA and grid scripts set it. */
export async function fixtureDone(doc: Document = document, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (doc.body.getAttribute('data-fixture-state') !== 'done') {
    if (Date.now() - start > timeoutMs) throw new Error('fixture script did not finish');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
