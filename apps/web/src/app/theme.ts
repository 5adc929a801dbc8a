import type { ThemeConfig } from 'antd';

export const fontFamily = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

// antd derives the light tints from the seed; for a dark teal they come out grey, so the
// backgrounds of selected menu items and info notices are given explicitly.
const tealBg = '#e6f4f3';
const tealBgHover = '#d2ebe9';
const tealBorder = '#a6d5d2';

/** antd defaults with a calm teal as the brand colour and a Chinese font stack. */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#0f7c8c',
    colorInfo: '#0f7c8c',
    colorLink: '#0f7c8c',
    colorPrimaryBg: tealBg,
    colorPrimaryBgHover: tealBgHover,
    colorInfoBg: tealBg,
    colorInfoBorder: tealBorder,
    borderRadius: 6,
    fontFamily,
  },
};
