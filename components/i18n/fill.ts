/** `{placeholder}` filling shared by every interface dictionary (panel, page sections, site options). */
export type Vars = Readonly<Record<string, string | number>>;

export function fillTemplate(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}
