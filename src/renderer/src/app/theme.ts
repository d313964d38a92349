import { createTheme, type CSSVariablesResolver } from '@mantine/core'

/** Calm teal; body text large enough for long days at the screen. */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 8, dark: 5 },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif',
  defaultRadius: 'md',
  fontSizes: { md: '1rem' }
})

/** Mantine's default dimmed grey is below WCAG AA contrast on white; ours is not. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7] },
  dark: { '--mantine-color-dimmed': t.colors.dark[1] }
})
