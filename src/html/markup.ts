/**
 * What page markup says about an element: site furniture to drop, the article body, its headline,
 * sapo, captions and byline. Class and id names are those of common CMSes of Vietnamese portals and
 * newspapers (matched on whole name parts, so "tin-lien-quan" and "box_related" match, "leader" does
 * not match "lead").
 */
import type { Element } from 'hast'
import { listProperty, namesOf } from './hast.js'

/** Never article text. */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  'head',
  'nav',
  'aside',
  'script',
  'style',
  'noscript',
  'template',
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'map',
  'dialog',
  'menu',
  'amp-social-share',
  'amp-sidebar',
  'amp-ad',
  'amp-embed',
  'amp-analytics',
  'amp-iframe',
  'amp-addthis',
  'amp-consent',
  'amp-user-notification',
  'amp-geo',
  'amp-pixel',
  'amp-video',
  'amp-youtube',
])

/** Page header and footer: dropped, except for the headline, sapo or byline they hold. */
export const FRAME_TAGS: ReadonlySet<string> = new Set(['header', 'footer'])

// Name parts (split on "-", "_" and spaces) that mark site furniture.
const CHROME_PARTS = new Set([
  'share',
  'sharing',
  'social',
  'socials',
  'sharebox',
  'related',
  'relate',
  'lienquan',
  'tinlienquan',
  'tinkhac',
  'othernews',
  'other',
  'comment',
  'comments',
  'binhluan',
  'tags',
  'tag',
  'keyword',
  'keywords',
  'breadcrumb',
  'breadcrumbs',
  'print',
  'rating',
  'ads',
  'ad',
  'adv',
  'advert',
  'advertisement',
  'quangcao',
  'banner',
  'poll',
  'vote',
  'thamdo',
  'weather',
  'thoitiet',
  'toolbar',
  'tools',
  'menu',
  'navbar',
  'sidebar',
  'pagination',
  'paging',
  'subscribe',
  'newsletter',
  'hotline',
  'fb',
  'facebook',
  'zalo',
  'twitter',
  'sr-only',
])
// Multi-part names whose parts alone mean nothing ("tin", "lien", "quan").
const CHROME_NAMES =
  /(?:^|[\s_-])(?:tin[-_]lien[-_]quan|lien[-_]quan|tin[-_]khac|cac[-_]tin[-_]khac|cung[-_]chuyen[-_]muc|same[-_]category|other[-_]news|read[-_]more|xem[-_]them|most[-_]read|doc[-_]nhieu|font[-_]size)(?:$|[\s_-])/

function nameParts(element: Element): string[] {
  return namesOf(element)
    .split(/[\s_-]+/)
    .filter((part) => part !== '')
}

function isHidden(element: Element): boolean {
  const p = element.properties
  if (p.hidden === true || p.hidden === '') return true
  if (p.ariaHidden === 'true') return true
  const style = typeof p.style === 'string' ? p.style.replace(/\s+/g, '').toLowerCase() : ''
  return style.includes('display:none') || style.includes('visibility:hidden')
}

/** Forms with more text than this wrap the page (ASP.NET portals put the whole body in one). */
const MAX_WIDGET_FORM_TEXT = 500

/** Site furniture by its tag, name or visibility. `textLength`: the element's text, for forms. */
export function isChrome(element: Element, textLength = 0): boolean {
  if (DROP_TAGS.has(element.tagName) || isHidden(element)) return true
  if (element.tagName === 'form' && textLength < MAX_WIDGET_FORM_TEXT) return true
  if (
    listProperty(element, 'role').some((r) => r === 'navigation' || r === 'banner' || r === 'complementary')
  )
    return true
  const names = namesOf(element)
  if (names === '') return false
  return nameParts(element).some((part) => CHROME_PARTS.has(part)) || CHROME_NAMES.test(names)
}

// Article bodies, most specific first. Class names are compared lower-cased, whole.
export const BODY_CLASSES: readonly string[] = [
  'detail-content',
  'detail__content',
  'news-content',
  'article-content',
  'article__content',
  'content-detail',
  'detail-body',
  'article-body',
  'article__body',
  'news-body',
  'post-content',
  'entry-content',
  'articlecontent',
  'newscontent',
  'content-news',
  'contentdetail',
  'noidung',
  'noi-dung',
  'chitiet',
  'fck_detail',
  'journal-content-article',
  'cms-body',
  'singular-content',
  'detail-news',
  'news-detail',
  'article-detail',
]
export const BODY_IDS: readonly string[] = [
  'content-detail',
  'contentdetail',
  'articlecontent',
  'newscontent',
  'news-content',
  'content',
  'main-content',
]

export function classList(element: Element): string[] {
  return listProperty(element, 'className')
}

export function hasItemprop(element: Element, value: string): boolean {
  return listProperty(element, 'itemProp').includes(value.toLowerCase())
}

const CAPTION_NAME =
  /caption|chuthich|chu-thich|image[-_]?desc|img[-_]?desc|photo[-_]?desc|pic[-_]?desc|fig[-_]?desc|desc[-_]?img|imgnote|image[-_]note/
/** A photo caption by its tag or name ("figcaption", "PhotoCMS_Caption", "image_desc"). */
export function isCaptionMarkup(element: Element): boolean {
  return element.tagName === 'figcaption' || CAPTION_NAME.test(namesOf(element))
}

const SAPO_NAME = /sapo|summary|tomtat|trichyeu|trich-yeu/
const SAPO_PARTS = new Set(['lead', 'intro', 'excerpt', 'chapeau', 'abstract', 'description', 'teaser'])
/** The sapo (lead) by its name: ".sapo", ".detail-sapo", "h2.description", ".ArticleSummary". */
export function isSapoMarkup(element: Element): boolean {
  if (isCaptionMarkup(element)) return false
  const names = namesOf(element)
  return SAPO_NAME.test(names) || nameParts(element).some((part) => SAPO_PARTS.has(part))
}

const BYLINE_NAME = /author|byline|tacgia|tac-gia|butdanh|writer/
/** A byline by its markup: ".author", ".tacgia", "[rel=author]", "[itemprop=author]". */
export function isBylineMarkup(element: Element): boolean {
  if (element.tagName === 'meta' || element.tagName === 'link' || element.tagName === 'img') return false
  if (hasItemprop(element, 'author') || listProperty(element, 'rel').includes('author')) return true
  const names = namesOf(element)
  return BYLINE_NAME.test(names) && !/avatar|photo|image|thumb/.test(names)
}

const TITLE_NAME =
  /(?:^|\s)(?:title-detail|detail-title|detail__title|article-title|article__title|news-title|title-news|post-title|entry-title|titledetail|title_detail|newstitle|news_title|title-post|headline)(?:$|\s)/
const SITE_NAME = /logo|brand|site-?name|sitename/
/** A headline by its markup: an h1, or "[itemprop=headline]", ".article-title" … not the site logo. */
export function isTitleMarkup(element: Element): boolean {
  if (element.tagName === 'meta' || element.tagName === 'a') return false
  const names = namesOf(element)
  if (SITE_NAME.test(names)) return false
  return element.tagName === 'h1' || hasItemprop(element, 'headline') || TITLE_NAME.test(names)
}

// Whole class names or ids of a page's header and footer ("article-header" is not one).
const FRAME_NAMES = new Set([
  'header',
  'site-header',
  'page-header',
  'main-header',
  'top-header',
  'header-top',
  'masthead',
  'banner',
  'topbar',
  'footer',
  'site-footer',
  'page-footer',
])
/** The page's header or footer by tag, role or name ("#header", ".site-header", ".masthead"). */
export function isPageFrame(element: Element): boolean {
  if (FRAME_TAGS.has(element.tagName)) return true
  if (listProperty(element, 'role').some((r) => r === 'banner' || r === 'contentinfo')) return true
  return namesOf(element)
    .split(/\s+/)
    .some((name) => FRAME_NAMES.has(name))
}
