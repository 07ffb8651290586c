/** The app's absolute root URL (`https://intel.example.org/sitrep/`): citation links and STIX reports point under it. */
export function appRoot(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href;
}
