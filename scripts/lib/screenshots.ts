/** Which screenshots `npm run screenshots` takes: the README's, and with `--all` a set for looking the site over. */

export interface Screenshot {
  /** File name under the output folder. */
  file: string;
  path: string;
  width: number;
  height: number;
  scheme: 'light' | 'dark';
  javaScript?: boolean;
  fullPage?: boolean;
}

/** The images README.md shows, named `<page>-<width>-<scheme>.png`; a test checks the README names exactly these. */
export const README_SCREENSHOTS: readonly Screenshot[] = [
  { file: 'home-1280-light.png', path: '/', width: 1280, height: 800, scheme: 'light' },
  { file: 'code-390-light.png', path: '/codes/500121/', width: 390, height: 844, scheme: 'light' },
  { file: 'code-1280-dark.png', path: '/codes/500121/', width: 1280, height: 800, scheme: 'dark' },
];

const REVIEWED_PAGES = { home: '/', guide: '/codes/500121/', helpdesk: '/codes/53003/?for=helpdesk', reference: '/codes/50142/', codes: '/codes/?q=zzzz+printer', fix: '/fixes/re-register-authenticator-app/', signals: '/signals/' };

/** Every page of `REVIEWED_PAGES` at phone and desktop width, light and dark, and without JavaScript. */
export function reviewScreenshots(): Screenshot[] {
  return Object.entries(REVIEWED_PAGES).flatMap(([name, path]) => [
    ...[390, 1280].flatMap((width) =>
      (['light', 'dark'] as const).map((scheme) => ({ file: `review/${name}-${width}-${scheme}.png`, path, width, height: width === 390 ? 844 : 800, scheme })),
    ),
    { file: `review/${name}-390-light-nojs.png`, path, width: 390, height: 844, scheme: 'light' as const, javaScript: false },
  ]);
}
