"""Every fixture portal crawled from its start URL alone, with no portal config, as a new user
would: each gold article comes out once with every field equal to the hand-written gold, no
other page comes out as an article, and the crawl stays within three requests per real page.

The portals cover the platforms of shared/PORTALS.md (Liferay-style portlets, ASP.NET WebForms,
DNN, SharePoint, WebSphere, NukeViet, WordPress, Joomla/K2, Drupal, Blogger, Hugo, Laravel,
VHV/vnEdu-style vendor portals, framesets, legacy encodings, hostile markup); most were written
by helpers who never saw the crawler, and were crawled once before any tuning (the first results
are in the issue notes).
"""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

import pytest
import pytest_twisted

from crawler.schema import errors_of
from tests.e2e.harness import (
    compare,
    crawl_portal_in_process,
    page_requests,
    portal_modules,
    real_page_count,
)

pytestmark = pytest.mark.e2e

PORTALS = portal_modules()
#: how many page requests per real page a crawl may make (probes, listings pages, pagination)
REQUEST_BUDGET = 3


#: portals whose articles all come out once and nothing else does, but where some fields are
#: known to differ from gold; the test fails when a gap closes, so that the entry is removed
KNOWN_FIELD_GAPS = {
    "liferay70_wcd_categories_tct": (
        "round 132 (blind), first crawl 0/13 found (every post's canonical names the display page, "
        "whose empty Web Content Display, 'Chọn một nội dung web để hiển thị trên trang này.', read "
        "as an article, stood for them all: the notice owns nothing now, 13/13, 112 of 117; 113 since "
        "round 158's category badge); left: 4 categories printed only as the 'Chủ đề:' vocabulary of "
        "the category line (the house reads 'Chủ đề' as tags: another round's gold says so)"
    ),
    "liferay61_wcl_thcs": (
        "round 130 (blind), first crawl 10/13 found, 70 of 90 fields (a ticker's web content over "
        "the article chosen as its text, 'Chuyên mục: …' closing the text, Velocity's unrendered "
        "'$tac_gia.getData()': tuned, 13/13, 115 of 117); left: a caption box 'cap-a' under a photo"
    ),
    "wp_twentytwenty_thcs": (
        "round 130 (blind), first crawl 13/13 found, 113 of 117 fields (the signer's post over the "
        "name: tuned, 114); left: a post paged by '<!--nextpage-->' whose second page canonicalises "
        "to itself (not joined), the Cover Template's photo drawn as a CSS background"
    ),
    "aspnet_repeater_linkpager_tct": (
        "round 128 (blind), first crawl 13/13 found, 116 of 117 fields, untuned"
    ),
    "dnn9_2sxc_thpt": (
        "round 129 (blind), first crawl 13/13 found, 113 of 117 fields, untuned"
    ),
    "joomla4_helix_ultimate_tct": (
        "round 129 (blind), first crawl 13/13 found, 104 of 117 fields (the time tag labelling the "
        "local clock '+00:00' read as UTC, a module loaded into the text, a category named only in "
        "its box's tooltip: tuned, 116 of 117); left: a gallery slider's photos set before the "
        "headline (the house reads a post's photos from the headline on)"
    ),
    "liferay72_fullcontent_pgd": (
        "round 129 (blind), first crawl 6/13 found, 1 non-article, 51 of 54 fields (a list showing "
        "its posts whole under unlinked titles beside a permalink icon, a related box headed 'Đọc "
        "nhiều nhất' three levels up, the print/permalink bar opening the asset's box hiding its date "
        "line: tuned, 13/13, 114 of 117); left: Liferay's 'Người đăng' with the user's portrait is "
        "the author where the text signs nowhere (the house reads a poster so; this gold does not)"
    ),
    "php_rewrite_vendor_mamnon": (
        "round 129 (blind), first crawl 13/13 found, 115 of 117 fields, untuned"
    ),
    "joomla25_vn_template_pgd": (
        "round 127 (blind), first crawl 12/13 found, 104 of 108 fields (Joomla's vote box "
        "'content_rating' chosen as a short post's text, 'Ngày xuất bản:' no date line: tuned, 13/13, "
        "113 of 117); left: the vote box's lines over a short post's text, the page-break sliders' "
        "hidden panes and their titles, the e-mail cloak's notice (the golds disagree: kept, "
        "replaced by the address, or dropped)"
    ),
    "wp_vn_agency_theme_thcs": (
        "round 127 (blind), first crawl 13/13 found, 115 of 117 fields, untuned"
    ),
    "php_smarty_vendor_thpt": (
        "round 126 (blind), first crawl 5/13 found, 44 of 45 fields (the section's name in the page's "
        "h1, 'Tin tức - Sự kiện', over a post whose query carries its slug '&title=…': tuned, 13/13, "
        "115 of 117); left: two posts' writers named in the info bar's free-text author field"
    ),
    "asp_classic_access_pgd": (
        "round 126 (blind), first crawl 10/13 found, 81 of 90 fields (the breadcrumb's row beside the "
        "post's row read as a list of two, a 'muiten.gif' arrow as a photo: tuned, 13/13, 116 of 117); "
        "left: a post timed at midnight printing its month-first day alone ('10/12/2026')"
    ),
    "wp_smartmag_sgddt": (
        "round 126 (blind), first crawl 13/13 found, 106 of 117 fields, untuned: 9 times only in "
        "<time datetime> (the house reads the day printed: a convention), a relative '17 giờ trước' "
        "resolved by the page's clock, a pull quote repeating a sentence"
    ),
    "wp_foxiz_thpt": (
        "round 125 (blind), first crawl 13/13 found, 113 of 117 fields (Foxiz's 'ruby-table-contents' "
        "table of contents: tuned, 115 of 117); left: the featured image's 'feat-caption' captions"
    ),
    "mojolicious_pgd": (
        "round 123 (blind), first crawl 13/13 found, 116 of 117 fields, untuned: a caption keeping its "
        "'(Ảnh: X)' credit (the house keeps a caption's credit inside it: a convention)"
    ),
    "jigsaw_blade_thcs": (
        "round 123 (blind), first crawl 12/13 found, 83 of 108 fields (the text's bare Tailwind div "
        "beside its teasers read as a list entry, categories printed as slugs: tuned, 13/13, 101 of "
        "117); left: the meta line 'Cô X • November 28, 2026' (the poster, then the day) kept as a "
        "line of the text and two posts' lead (read as a date line, it dated frappe_blog_thpt's "
        "author pages by their one teaser's footer: withdrawn), a post filed under two slug pills"
    ),
    "thinkphp_vendor_sgddt": (
        "round 123 (blind), first crawl 13/13 found, 107 of 117 fields (UEditor's page-break marker, an "
        "untranslated Chinese template's '摘要：' lead: tuned, 111 of 117); left: '作者：…  来源：…' "
        "fields run on one line with spaces only, a 135editor text of nested sections"
    ),
    "wp_jetengine_mamnon": (
        "round 123 (blind), first crawl 13/13 found, 112 of 117 fields (an event's 'Ngày tổ chức:' "
        "field read as the post's day: tuned, 116 of 117); left: a JetEngine gallery field's "
        "thumbnails after the text"
    ),
    "php_act_query_pgd": (
        "round 124 (blind), first crawl 13/13 found, 115 of 117 fields (a 'new.gif' badge in the "
        "headline read as a photo: tuned, 116 of 117); left: the meta lines of a post dated by the "
        "Unix epoch ('Ngày đăng: 01/01/1970') kept in its text"
    ),
    "liferay73_blogs_thpt": (
        "round 124 (blind), first crawl 9/13 found, 61 of 81 fields (Bootstrap's 'text-secondary' read "
        "as text, side portlets' 'portlet-content' boxes outscoring the entry, 'entry-links' as text, "
        "'widget-mode-detail-text' as a widget, the document library's file addresses fetched: tuned, "
        "13/13, 106 of 117); left: the poster's account 'a.username' as the author where the text "
        "signs nowhere, a cover image set as a CSS background (read since round 142 where a caption "
        "box follows it: 108 of 117)"
    ),
    "wp_publisher_sgddt": (
        "round 124 (blind), first crawl 13/13 found, 96 of 117 fields (the one day shown, 'Cập nhật "
        "28/11/2026', over an earlier published stamp: tuned, 98 of 117); left: 10 times only in the "
        "machine stamps (the house reads the day printed: a convention), ad boxes and a page break "
        "inside the text"
    ),
    "php_nuke_evolution_thcs": (
        "round 118 (blind), first crawl 6/13 found (a 'td.storytitle' headline cell read as the story's "
        "text, the footer's bare address line and software credit read as prose: tuned at stop 53, "
        "13/13, 106 of 117); left: PHP-Nuke's submitted stories 'X viết \"…\"', a topic prefix "
        "'Tin nổi bật:' in the headline cell, a source"
    ),
    "typemill_thcs": (
        "round 122 (blind), first crawl 13/13 found, 100 of 117 fields (a trail capitalising every "
        "word: now the menu's spelling); left: a headline holding the school's name that the "
        "<title>'s shorter SEO title outranks, a video's poster picture, a plan's first heading"
    ),
    "sitejet_builder_thpt": (
        "round 122 (blind), first crawl 13/13 found, 104 of 117 fields; left: 12 times the page does "
        "not print (a <time datetime> under the day printed: the house reads the day, a convention), "
        "a phone-only copy of a text box"
    ),
    "hugo_papermod_thpt": (
        "round 122 (blind), first crawl 13/13 found, 100 of 117 fields (a <p> after a figure's picture "
        "is its caption: PaperMod's cover); left: 11 times in the date's title attribute (the house "
        "reads the day printed: a convention), a caption and its credit glued by Hugo's figure "
        "shortcode, two pointer lines to other posts"
    ),
    "laminas_vendor_sgddt": (
        "round 121 (blind), first crawl 13/13 found, 89 of 117 fields (a poll's 'panel-body' chosen as "
        "the text, a bar-parted meta line over a short text); left: the text's short 'kn' blocks in a "
        "tab pane with a related list inside its box, byline rows of a 'dl-horizontal' after it"
    ),
    "wp_sydney_thcs": (
        "round 121 (blind), first crawl 13/13 found, 106 of 117 fields; left: 11 times the page does "
        "not print (the <time datetime> holds them, the page prints the day in words): the house "
        "reads the day printed, a convention"
    ),
    "ionos_mywebsite_thpt": (
        "round 121 (blind), first crawl 13/13 found, 73 of 117 fields (the blog page's <h1> 'Tin tức' "
        "taken for every headline, German month names, a calendar leaf of spans); left: a German "
        "honorific byline 'Frau Dr. Katrin Vogel (Goethe-Institut Hà Nội)'"
    ),
    "anchor_cms_mamnon": (
        "round 121 (blind), first crawl 13/13 found, 93 of 117 fields (the dot-parted meta line 'Đăng 3 "
        "tuần trước bởi … · Chuyên mục: … · 393 lượt xem' now a fields line); left: relative dates "
        "whose stamps the page keeps in <time datetime>, Anchor's footnote 'Đây là bài viết thứ N …', "
        "a writer field with a dash and post above the text"
    ),
    "cotonti_pgd": (
        "round 121 (blind), first crawl 13/13 found, 107 of 117 fields, not tuned: a table of label "
        "and value rows between the lead and the text ('Tác giả: | Hà Văn Đông, Tổ chuyên môn THCS', "
        "'Nguồn tin:', 'Lượt xem:') read as text, a list page's thumbnails on a notice"
    ),
    "pivotx_thcs": (
        "round 120 (blind), first crawl 13/13 found, 98 of 117 fields; left: three thumbnails whose "
        "enlargement link (rel=lightbox) carries a title the house reads as the lightbox's caption, "
        "this gold as no printed line: a convention"
    ),
    "wp_newsup_mamnon": (
        "round 120 (blind), first crawl 13/13 found, 113 of 117 fields; left: a featured image over a "
        "post with no photo in its text, the article's first photo as the house reads it, none in this "
        "gold: a convention"
    ),
    "sinatra_haml_tct": (
        "round 120 (blind), first crawl 13/13 found, 114 of 117 fields; left: two author boxes "
        "('Về tác giả: ThS. X', now a byline label) set after the Bootstrap tabs holding the text, "
        "past where the house reads boxes after the text"
    ),
    "n2cms_sgddt": (
        "round 120 (blind), first crawl 13/13 found, 113 of 117 fields ('Nhóm tin:' now a byline "
        "label); left: a post whose signature is followed by the editor's boxes ('Lịch tiếp công dân', "
        "'Đường dây nóng', N2CMS parts in the text's zone), read as text with the signature"
    ),
    "perl_dancer_pgd": (
        "round 119 (blind), first crawl 13/13 found, 114 of 117 fields; left: an album's heading "
        "('<h4>Một số hình ảnh</h4>' over the closing photos) the house keeps as a line of the text "
        "(four other portals' golds do), this gold does not: a convention"
    ),
    "gitbook_like_docs_tct": (
        "round 118 (blind), first crawl 13/13 found, 85 of 117 fields ('Cập nhật: … | Đăng: …' now a "
        "date line); left: 13 categories (the menu's group label, unlinked, over the item's short "
        "label the house reads), the issue callout 'Bản tin số 11 · phát hành 30/11/2026' in the text, "
        "a metadata table's header and value rows, figure captions' 'Hình 3.1.1:' labels, leads"
    ),
    "weebly_square_mamnon": (
        "round 118 (blind), first crawl 13/13 found, 109 of 117 fields; left: 6 US dates ('12/2/2026') "
        "the page leaves ambiguous (its header prints today day first; a page-local order test was "
        "tried and fired on no page: withdrawn), a file block's 'Tải tệp', a category"
    ),
    "cfml_mura_legacy_thpt": (
        "round 118 (blind), first crawl 13/13 found, 115 of 117 fields; left: two photos' captions "
        "with a credit inside them ('X (Ảnh: Y)')"
    ),
    "kohana_vendor_pgd": (
        "round 117 (blind), first crawl 13/13 found, 98 of 117 fields (imagefly's crop of the first "
        "photo, '/imagefly/w180-h120-c/…', beside its '/w600/' size; a long meta row of bar-parted "
        "fields naming the writer: tuned, 111 of 117); left: 6 US month-first dates ('12/04/2026 "
        "02:30 PM') no ISO stamp settles, the order shown only by other pages' dates ('11/27/2026'): "
        "a per-portal date order is open work"
    ),
    "wp_onepress_thpt": (
        "round 117 (blind), first crawl 13/13 found, 103 of 117 fields; left, a convention: 13 times "
        "the gold takes from the <time datetime> where the page prints the day alone"
    ),
    "viettel_school_web_mamnon": (
        "round 117 (blind), first crawl 13/13 found, 102 of 117 fields ('14h05 - 03/12/2026' read as "
        "'05 - 03/12' of 2012: a number after '<n>h' is minutes, tuned, 105 of 117); left: 9 categories "
        "(the module's box title 'TIN TỨC', a menu section, taken over the trail's 'Hoạt động của bé'), "
        "a writer after a role label ('Nhân viên y tế: Cô …')"
    ),
    "sveltekit_strapi_sgddt": (
        "round 117 (blind), first crawl 13/13 found, 112 of 117 fields (a file card's 'Tải về' button "
        "after its size: tuned, 114 of 117); left: a <pre><code> timetable's lines, a 'pre-line' "
        "paragraph's lines, an author card's writer"
    ),
    "drupal5_legacy_tct": (
        "round 117 (blind), first crawl 13/13 found, 2 non-articles, 116 of 117 fields; left: 'Thu, "
        "12/03/2026 - 14:30' (Drupal 5's month-first default), which a Thursday both ways leaves "
        "ambiguous"
    ),
    "moinmoin_thcs": (
        "round 116 (blind), first crawl 0/13 found (the location line's page name 'TinTuc/2026-12-04_"
        "TapHuanChuyenDoiSo' read as a linked headline, the page-info line under the text, the title "
        "search's hits named by their paths and its pager: tuned, 13/13, 101 of 117); left: 13 "
        "categories the gold takes from the menu label of the page's parent path ('Tin tức' for "
        "/TinTuc), the trail printing only the path's name"
    ),
    "fatfree_php_pgd": (
        "round 116 (blind), first crawl 13/13 found, 112 of 117 fields (a labelled byline between the "
        "lead and the first paragraph: tuned, 115 of 117); left: a Bootstrap carousel's photos after "
        "the text"
    ),
    "nestjs_hbs_sgddt": (
        "round 116 (blind), first crawl 13/13 found, 115 of 117 fields; left: two short bold leads "
        "(one sentence, under 80 characters) in a box of their own the house does not read as a lead"
    ),
    "prestashop_blog_mamnon": (
        "round 116 (blind), first crawl 13/13 found, 2 CMS pages emitted, 115 of 117 fields (shop policy "
        "pages: static names now); left: a post pasted from Facebook (its lines in obfuscated boxes, "
        "its emoji pictures)"
    ),
    "grails_vendor_sgddt": (
        "round 115 (blind), first crawl 13/13 found, 61 of 117 fields (Grails' scaffolded 'show' view: "
        "the generic h1 'Chi tiết Tin tức' over a record of labelled fields, the headline the value of "
        "'Tiêu đề', the text of 'Nội dung', the lead of 'Tóm tắt': read by their labels, 115 of 117); "
        "left: a unit 'Phòng Chính trị, tư tưởng' split at its comma, a source in the 'Nguồn' field"
    ),
    "vignette_portal_tct": (
        "round 115 (blind), first crawl 6/13 found, 39 of 54 fields (the headline 'div.ctTit' unread, "
        "the <title> 'Trường … - Tin tức - Sự kiện' taken: 'tit' is a title's word, 'ptTit'/'tkTit' a "
        "widget's; 13/13, 116 of 117); left: two writers of a research article under its headline"
    ),
    "pyramid_chameleon_pgd": (
        "round 115 (blind), first crawl 13/13 found, 96 of 117 fields, 61 requests (a meta line parted "
        "by em dashes, a 'Tin liên quan' portlet set between the text's two parts, captions printed "
        "above their photos in 'ct-anh', the print view a script opens: tuned, 116 of 117 in 48 "
        "requests); left: one category (the trail's section over the post's own)"
    ),
    "chyrp_lite_mamnon": (
        "round 115 (blind), first crawl 12/13 found, 105 of 108 fields (a link post, its headline "
        "linking another site, read as a teaser; a short line of the text dating the post: tuned, 13/13, "
        "115 of 117); left: a photo post whose text is in the photo's 'caption' box"
    ),
    "wp_mh_magazine_thcs": (
        "round 115 (blind), first crawl 13/13 found, 105 of 117 fields; left, a convention: 12 times the "
        "gold takes from Yoast's UTC stamp where the page prints the day alone (the house reads the day "
        "printed; the note leaves it to the data team)"
    ),
    "yola_sitebuilder_thpt": (
        "round 115 (blind), first crawl 13/13 found, 113 of 117 fields; left, not tuned: a builder page "
        "written as an article (two columns, a typed trail), a category link read as a byline"
    ),
    "textpattern_thcs": (
        "round 114 (blind), first crawl 13/13 found, 98 of 117 fields (the meta line 'Đăng bởi Quản "
        "trị | <day> | Bình luận (2)' left in the text, the lead box under it missed, a post filed "
        "under two categories named by its first: tuned, 111 of 117); left, conventions: a post "
        "filed under one category ('Chuyên mục: Đoàn - Đội') under a trail of its section alone "
        "('Hoạt động Đội - Ngoại khóa'), where the house reads the post's own category field (5 "
        "records), and a footnote's number kept before its note (Textile's back-link '<sup>1</sup>')"
    ),
    "ktor_kotlin_tct": (
        "round 114 (blind), first crawl 13/13 found, 103 of 117 fields (a reading-time line "
        "'⏱ 1 phút đọc · 74 từ', a research writer under the headline 'ThS. Y Nhung - Khoa …': "
        "tuned, 115 of 117); left: a lead printed twice (its box and the text's first line) the "
        "gold keeps twice where the house keeps it once, and a summary the gold takes from a plain "
        "first paragraph"
    ),
    "tenten_builder_mamnon": (
        "round 114 (blind), first crawl 13/13 found, 100 of 117 fields (US month-first dates "
        "'11/18/2026 08:40 AM': tuned, 103 of 117); left: the trail '<ul class=bc>' (reading 'bc' as "
        "a trail took polls, 'bình chọn', for trails elsewhere: withdrawn), 13 categories; "
        "'11/12/2026 03:45 PM', which read day first is a day to come and so no date"
    ),
    "apache_wicket_sgddt": (
        "round 114 (blind), first crawl 13/13 found, 111 of 117 fields (the workflow line 'Người "
        "tạo: … | Người duyệt: … | Tác giả:' and Java's '14:00:00 ICT Thứ tư, ngày 18 tháng mười một "
        "năm 2026' left in the text: tuned, 115 of 117); left: a source after Wicket's missing-key "
        "warning '[Warning: Property for 'lbl.nguon' not found]: Báo Hà Giang', one writer"
    ),
    "hue_cit_egov_sgddt": (
        "round 113 (blind), first crawl 5/13 found (the module's h1 'Tin tức - Sự kiện' taken for "
        "the headline over the post's 'tieudetin' line, the slug sitting mid-path before "
        "'…/newsid/<guid>/cid/5/Default.aspx': a heading spelling the slug of any path segment "
        "wins, tuned, 13/13, 116 of 117 fields); 1 left: a shared caption row of two photos"
    ),
    "typo3_tt_news_tct": (
        "round 113 (blind), first crawl 1/13 found (the content element's h1 'Tin tức - Sự kiện' "
        "before the post's own h1 under a <title> 'Chi tiết tin': tuned by the slug, 13/13, 84 of "
        "117 fields); left, not tuned: 'dd.mm.yy HH:MM' times, the tt_news subheader as the lead, "
        "the child category of a two-level box, bylines"
    ),
    "zblog_thcs": (
        "round 112 (blind), first crawl 3/13 found (posts at '/?id=N' read as the calendar's view, "
        "the side calendar linking '/?date=…'; dates in Chinese signs '2026年11月28日 15:20': tuned, "
        "13/13, 115 of 117 fields); left: one lead box"
    ),
    "sharepoint2013_egov_pgd": (
        "round 112 (blind), first crawl 7/13 found (the post's column 'pgd-cottrai' read as a side "
        "column under a title row holding the only h1: tuned, 13/13, 98 of 117 fields); left: "
        "publishing pages' month-first 'M/D/YYYY h:mm AM' without seconds (read day-first: a "
        "Vietnamese page may print 'dd/MM/yyyy h:mm tt' too), bylines (round 146: its rich text's "
        "'ms-rteFontSize' spans no text-size tool, its '/_layouts/15/images/' sprite a theme asset: 113 of 117)"
    ),
    "emlog_mamnon": (
        "round 112 (blind), first crawl 13/13 found, 107 of 117 fields (the weekday between the day "
        "and its time, '2026-12-3 Thứ Năm 9:05': tuned, 115)"
    ),
    "lifetype_pgd": (
        "round 112 (blind), first crawl 13/13 found, 89 of 117 fields, not tuned: the day heading "
        "over the post with its time in the footer, the intro and 'more' parts, bylines"
    ),
    "forem_thpt": (
        "round 111 (blind), first crawl 10/13 found, 1 profile page emitted (a series' box over the "
        "text, a <nav> whose heading links the series, ended the headline's text; a member's avatar "
        "owned as a photo; an avatar's alt 'X profile image' read as a writer: tuned, 13/13, 0 "
        "extra, 100 of 117); left: every category (the post prints only '#tags'; the gold takes the "
        "menu's name for the first tag, the writefreely_thpt question), the cover photo, one text"
    ),
    "shopify_blog_mamnon": (
        "round 111 (blind), first crawl 13/13 found, 88 of 117 fields, not tuned: 13 times the gold "
        "takes from <time datetime> where the page prints the day (the house reads the day printed), "
        "13 categories where the gold takes the blog's name 'Tin tức' and the house the tag the "
        "menu links ('#Thông báo'): two conventions to settle; and a Google Docs paste's wrapper"
    ),
    "vanilla_forum_thpt": (
        "round 111 (blind), first crawl 13/13 found, 99 of 117 fields (a parent's reply, longer than "
        "the notice, chosen as the text; the staff's signature box 'Signature UserSignature "
        "userContent' read as text: tuned, 111); left: a rich embed's card, two captions, a lead"
    ),
    "rust_axum_tct": (
        "round 111 (blind), first crawl 13/13 found, 115 of 117 fields, not tuned"
    ),
    "postnuke_pgd": (
        "round 110 (blind), first crawl 5/13 found, 1 list emitted (the headline after its "
        "category's link inside a title cell's <font><b>, read as a teaser; the stories' 'Xem "
        "tiếp...' links, a pager's word too, to 'modules.php?…&file=article&sid=N'; a category's "
        "page showing its one story whole: tuned, 13/13, 0 extra, 110 of 117 fields); left: a "
        "'Ghi chú: Nguồn: …' notes line glued into the text cell, a reader-submitted story's "
        "quoted text and its school signing inside the quotes, one signature"
    ),
    "canva_site_mamnon": (
        "round 110 (blind), first crawl 5/13 found (the list's section id'd 'danh-sach' under a "
        "CSS-module class '_QyjNaV' whose letters spell 'nav': every card and the pager read as a "
        "menu; tuned with the stickers and the '·' between time and date: 13/13, 103 of 117 "
        "fields); left: the day printed as a calendar sticker of three text boxes ('21' / 'THG "
        "11' / '2026'), and bylines with honorifics in a parent's letter"
    ),
    "play_framework_sgddt": (
        "round 110 (blind), first crawl 13/13 found, 88 of 117 fields (Scala's 'Some(…)'/'None' "
        "printed raw in the author and source fields, the sapo's markup printed as text: tuned, "
        "114); left: two captions the gold keeps with their 'Ảnh:' label where the house takes the "
        "label off a description, and one date"
    ),
    "hexo_butterfly_thpt": (
        "round 109 (blind), first crawl 13/13 found, 104 of 117 fields (a last edit's tooltip and "
        "'post-meta-date-updated' box read as the posting's time: tuned, 105); 12 left, two gold "
        "conventions: the theme's stock cover above every post ('/img/cover/NN.jpg', also on the "
        "cards) that the gold leaves out where the house keeps a photo over the headline, and a code "
        "listing's lines as paragraphs each where the house (pelican_thcs) reads <pre><code> as one"
    ),
    "geeklog_thcs": (
        "round 109 (blind), first crawl 13/13 found, 84 of 117 fields (English dates with '@' and "
        "'ICT', the comments' disclaimer after the signature, a lightbox's 'Xem ảnh gốc' read as "
        "the caption: tuned, 115); 2 left: the comments bar repeating the headline under page 1 of a "
        "two-page story, and a meta description equal to a plain first paragraph taken as the lead"
    ),
    "wp_newspack_thpt": (
        "round 109 (blind), first crawl 13/13 found, 90 of 117 fields (co-authors' bio boxes read "
        "as a signature, the photographer's credit box inside the figcaption, a verse block's lines, "
        "a featured image beside the headline under its kicker: tuned, 103); 14 left: 12 times the "
        "gold takes from <time datetime> where the page prints the day alone (the house's reading: "
        "the day printed), and a featured image behind the headline whose caption sits apart after it"
    ),
    "jekyll_chirpy_thpt": (
        "round 108 (blind), first crawl 12/13 found, 85 of 108 fields (a post read as a list's entry "
        "beside the side column's 'recently updated' list linking it; the category after the text "
        "under a folder icon, the trail naming only the home page and the post: tuned, 13/13 and 105 "
        "of 117 fields); 12 left: 11 times the gold takes from the <time data-ts> stamp where the "
        "page prints the day alone (the house reads the day printed: a convention to settle), and "
        "one lead photo inside the meta box under the headline, between the date line and the byline"
    ),
    "perl_mason_pgd": (
        "round 108 (blind), first crawl 10/13 found with 3 lists emitted (the banner's h1 naming the "
        "office without the 'huyện' its <title> says, and a signature before a last edit printed by "
        "Perl's scalar localtime: tuned, 13/13 and 113 of 117 fields); 4 left, the images: a "
        "thumbnail of the post's first photo beside its sapo ('/upload/tin/nho/<id>.jpg', 120x90, "
        "a file of its own) that the gold leaves out and nothing on the page tells from a lead photo"
    ),
    "wp_gutenberg_query_loop_thcs": (
        "round 108 (blind), first crawl 13/13 found, 114 of 117 fields, not tuned (the stop's last "
        "round): a gallery's own caption crediting only its photographer ('Ảnh: Võ Thành Nam'), and "
        "an in-text cover block whose slogan the gold keeps as the text's first line and whose "
        "background the first photo"
    ),
    "solidstart_thcs": (
        "round 107 (blind), first crawl 13/13 found, 108 of 117 fields, not tuned: one post's text "
        "read from its whole <article> (its meta line, the writer's signature 'Thầy Trần Văn Bình "
        "(Tổ Toán – Tin)', share links and the 'Cùng chuyên mục' list kept) where the others read "
        "their 'bv-nd' box; cause not read"
    ),
    "nuxt_content_pgd": (
        "round 107 (blind), first crawl 13/13 found, 116 of 117 fields, not tuned: a post's heading "
        "'Nội dung' (an anchored <h2>, a word the house reads as a contents box's title) dropped"
    ),
    "writefreely_thpt": (
        "round 106 (blind), first crawl 13/13 found, 86 of 117 fields (Go's UTC day printed, "
        "'Ban chủ nhiệm CLB' signing, a '[return]' back-link closing each note: tuned; the gold's "
        "times of a <time datetime> showing the day alone harmonised to the day, as the house reads "
        "it); 13 left, every category: the post prints only its hashtags ('#thongbao') and the gold "
        "takes the names the blog's description on the home page gives the tag pages ('Chuyên mục: "
        "Thông báo'), which the post's own page never prints"
    ),
    "mura_cms_tct": (
        "round 106 (blind), first crawl 13/13 found, 104 of 117 fields; 13 left, every category: the "
        "post's 'Chuyên mục:' line links Mura categories as filters of the news folder "
        "('/tin-tuc/?categoryid=…', a flag category 'Tin nổi bật' first: now passed over), which the "
        "house reads as labels inside the folder's section 'Tin tức' (Squarespace's convention, "
        "mojoPortal's '?cat=') where the gold takes the category the top menu also links; the trail "
        "ends on the menu title of the post ('Khai giảng lớp … LLCT - HC khóa 75'), a slug rule for "
        "it was tried and reverted (it dropped real categories on two older portals)"
    ),
    "jekyll_mm_thpt": (
        "round 100 (blind), first crawl 11/13 found, 11 records off (the home page's pager '/page2/' "
        "of a home read as no list: tuned, 13/13); 13 fields left: every category, which the page "
        "says only in Minimal Mistakes' 'Chủ đề:' line after an icon, beside a trail made of the "
        "address's slugs ('Tin tuc / 2026 / 11'), while zola_tct and codeigniter_pgd print 'Chủ đề' "
        "for tags and topics (tried, reverted); a notice's date, a hero photo's caption, the school's "
        "name in the author sidebar"
    ),
    "wp_zakra_mamnon": (
        "round 100 (blind), first crawl 13/13 found, 12 records off (the category as the trail prints "
        "it, 'Tin tức – Sự kiện', not Yoast's 'Tin tức - Sự kiện'; the gold's datetime-attribute "
        "times harmonised to the day printed); 6 fields left: Spectra's reused admissions info box "
        "inside posts read as text, and the bylines before it read as text too; a collapsed FAQ "
        "block's answers; a closing 'Theo …' source"
    ),
    "wikijs_tct": (
        "round 99 (blind), first crawl 3/13 found (Wiki.js prints each page's text in its component's "
        "<template slot='contents'>, which the reading skipped as inert; its source view '/s/…' of "
        "Markdown in a <pre>; 'toc-header' headings read as a table of contents; the page's "
        "creation stamp only in a component's 'created-at' prop: tuned); 5 fields left: four undated "
        "posts take the day their list prints where the gold takes the prop's time (the house: a "
        "list's printed day over a machine stamp, test_round61_variants; the crawl always reaches "
        "them from a list), and a lead in bold that the reading leaves in the text after its "
        "author's line"
    ),
    "perl_cgi_tct": (
        "round 99 (blind), first crawl 5/13 found (the headline in a red <font> over a meta line "
        "naming its sender 'Người gửi: quantri'; static pages titled without tone marks; 'Giới thiệu' "
        "unaccented: tuned); 1 left (2 until stop 56, when a bold lead under the writer's lines set "
        "to the right became the sapo): a bold first line under a Word document's title, which the "
        "helper's gold calls the lead"
    ),
    "vitepress_tct": (
        "round 96 (blind), first crawl 12/13 found, 11 records off (icons glued to a meta line's fields, "
        "'✍' before the writer, an unfilled '--' counter, a document cited in a note, an undated post "
        "at a clean URL under a year: tuned); 1 left: a <details> block's summary ('Xem danh mục chuyên "
        "đề') that the helper's gold calls a button, where wp_gutenberg_tct's gold keeps its summary "
        "('Xem danh sách học viên') as text: a convention for the data team, left as the house reads it"
    ),
    "ci4_vue_sgddt": (
        "round 85 (blind), tuned at stop 45 (a pager in <noscript> beside a Vue 'Xem thêm' button "
        "pages a list printed under '/index.php/…' and '/…' alike; an album's figures only in "
        "<noscript>, beside a template's picture with no address; a template's unrendered '{{ … }}' "
        "lines): 1 field left, a post's time printed only by a Vue widget from its data-props JSON "
        "('2026-11-03 10:20'), the page's own line giving the day alone"
    ),
    "hugo_wowchemy_tct": (
        "round 85 (blind), first crawl 13/13 found, 13 records off; after this stop's rules (Wowchemy's "
        "'article-style' is the text's box and its 'article-container's are layout wrappers, so the meta "
        "line, tags and author card leave the bodies; the site's own name in an author card credits "
        "nobody) 3 left: a publication time printed nowhere but in the head's meta (the page prints only "
        "its last edit, 'Cập nhật lần cuối thg 10 21, 2026') and a gallery's photos (the notice whose "
        "author fell back to the site's name reads its signer since the official reading's first name "
        "under the post wins)"
    ),
    "godaddy_builder_thcs": (
        "round 87 (blind), first crawl 13/13 found, 1 non-article emitted, 13 records off (a lazy "
        "photo's 'data-srclazy', the filter chip's category: tuned; the category "
        "harmonised with the house's convention, the section the menu prints); 2 left: a post's last "
        "photo in a box named 'x-fb-photo' (its 'fb' names a share tool, and the box is dropped as "
        "one), and 'BĐD CMHS' signing a post, the parents' board that runs the site, which the gold "
        "counts as nobody like 'BBT' and the house reads as a unit signing"
    ),
    "zyro_thpt": (
        "round 87 (blind), first crawl 13/13 found, 4 records off (alumni cohorts '(K29)' and a former "
        "post 'nguyên giáo viên …' after a name, the post header's category chip: tuned); 1 left: the "
        "official notice's kind, subject and first three paragraphs share one text box of the builder, "
        "which the letterhead reading leaves out whole"
    ),
    "ibexa_sgddt": (
        "round 85 (blind), first crawl 13/13 found, 1 record off, not tuned this stop: one body loses "
        "a paragraph of a quoted statement ('“Chúng tôi mong muốn mỗi trường học …'), cause not read"
    ),
    "plone6_volto_sgddt": (
        "round 84 (blind), first crawl 0/13 found (a comment beside a date label crashed every article's "
        "reading: mended, and a page the reading fails on now costs that page only), then 3 records "
        "off: Volto's listing block 'Tin cùng chuyên mục' (a block named 'summary', teasers inside "
        "links) shares the text's box and one post's text is read from the page's main column; an FAQ's "
        "closed accordion panels (display:none) are left out where the gold keeps them; a lead image "
        "field printed above the text is missed on one post"
    ),
    "vuepress_thcs": (
        "round 84 (blind), first crawl 13/13 found, 6 records off, now 1: a post that prints no date "
        "takes the day its listing's excerpt mentions in a sentence ('… ngày 16/10/2026, tổ Toán – Tin "
        "…'): a listing's date is read from the entry's text, not only from a date line beside it"
    ),
    "mambo_tct": (
        "round 76 (blind), first crawl 12/13 found, 1 emitted twice, 11 records off, now 1: article 51 "
        "is reached first through a stale Itemid=99 link pasted into another post, whose pathway "
        "names no category; Mambo's section/category row ('<span>Nghiên cứu khoa học - </span>"
        "<span>Nghiên cứu - Trao đổi</span>') is dropped as a trail line but not read as the "
        "category (fetch order, as joomla15_legacy_pgd's); since round 144 (Joomla 1.0/1.5's "
        "'contentheading' read as the headline's cell) the paged plan's lead paragraph (article 57, "
        "under its 'Mục lục' box) is no longer taken as its summary: 115/117"
    ),
    "php_homemade2014_thcs": (
        "round 73 (blind), first crawl 13/13 found, 5 non-articles emitted, 5 records off, now 1: a "
        "notice printed as an official document (letterhead 'Krông Búk, ngày 02 tháng 12 năm 2026', "
        "its signature table 'Nơi nhận | HIỆU TRƯỞNG (Đã ký) Nguyễn Văn Sơn') under the page's own "
        "'(03/12/2026)': the document's date wins over the page's, the signature table's row stays "
        "in the body and its signer is not read as the author"
    ),
    "names_in_body_tct": (
        "round 68 (blind), first crawl 13/13 found, 1 record off: the 20/11 post reproduces the "
        "principal's letter in a framed box ending 'HIỆU TRƯỞNG' / 'TS. Đặng Văn Minh', and the "
        "post's own byline 'Phòng Tổ chức - Hành chính' follows the box. The byline step reads the "
        "text's last lines as one signature block (the blocks carry no box), so it takes the "
        "letter's signer as the author and drops the letter's closing lines from the body. Needs "
        "the box a line sits in (a framed or quoted document) to end a signature block"
    ),
    "wp_wpbakery_tct": (
        "one post (khoa-46) prints a fact box 'Thông tin thêm' in a WPBakery side column after the "
        "main column: its signature 'Tin, ảnh: Minh Khoa' closes the main column, not the text, so "
        "the byline step (which reads the text's last lines) leaves it in the body, and the box's "
        "title stays as a heading where gold drops it (round 56, first crawl 5 records off, 1 left)"
    ),
    "spip_sgddt": (
        "images: article 149's portfolio (SPIP's 'documents_portfolio' box of three thumbnails "
        "under an 'Album ảnh' heading after the text) is not read as the article's photos: the "
        "trailing-album rule refuses a box with a heading, and SPIP classes every thumbnail "
        "'spip_logos' (round 29)"
    ),
    "joomla3_gantry5_helium_sgddt": (
        "round 133 (blind), first crawl 13/13 found, 114/117 fields, now 116/117; left: Joomla's "
        "e-mail cloaking, where the crawl prints the address its script writes and the gold keeps "
        "the no-JavaScript notice ('Địa chỉ email này đang được bảo vệ …')"
    ),
    "sitefinity_news_tct": (
        "round 134 (blind), first crawl 13/13 found, 105/117 fields, now 116/117; left: a post filed "
        "under two categories ('Chuyên mục: Tin tổng hợp, Hoạt động đào tạo' after the text) takes "
        "the trail's 'Tin tức' where the gold takes the first category printed"
    ),
    "nukeviet44_main_bottom_mamnon": (
        "round 134 (blind), first crawl 9/13 found, now 13/13, 116/117 fields; left: a caption "
        "ending '(Ảnh: Trần Văn Nam)' is kept as printed (the house convention, with the "
        "photographer credited) where this portal's gold drops the credit from the caption"
    ),
    "wp_astra_spectra_mamnon": (
        "round 134 (blind), first crawl 13/13 found, 106/117 fields (one post dated by a related "
        "card's stamp, mended); left: eleven posts print the day only (or only their last edit) and "
        "the gold takes the time from Yoast's UTC meta tags, where the house convention takes no "
        "time that only an SEO plugin's metadata gives (the record would state a time no reader is shown)"
    ),
    "joomla4_sppagebuilder_thcs": (
        "round 135 (blind), first crawl 13/13 found, 107/117 fields, now 116/117; left: a caption "
        "ending '(Ảnh: Vũ Thị Lan)' is kept as printed (the house convention, with the photographer "
        "credited) where this portal's gold drops the credit"
    ),
    "wp_newspaper_child_sgddt": (
        "round 135 (blind), first crawl 13/13 found, 109/117 fields, now 110/117; left: six posts "
        "print the day only under a <time datetime> holding the hour, which the gold takes and the "
        "house convention does not (a time only where one is shown); the theme's 'Nguồn' block "
        "after the kk Star Ratings box is not read as the source (the boxes after the text are read "
        "up to the first that holds no byline)"
    ),
    "liferay62_fullcontent_simplepager_thcs": (
        "round 136 (blind), first crawl 7/13 found (the Asset Publisher's full-content list read as "
        "its first post: 'Xem trong ngữ cảnh »' is now a read-more), 13/13 and 116/117 since stop 56 "
        "(a list's page is a repeat only when its read-more links repeat too): the post on page 4 "
        "prints no date of its own and the list's day ('05/10/26') is not carried to it, the list's "
        "entries being read from the side box's headlines, not the read-more links"
    ),
    "aspnet_repeater_postback_pgd": (
        "round 137 (blind), first crawl 0/13 found (the master page's canonical, the site's root on "
        "every page, made each post the home page), now 13/13 and 116/117: left, a convention: a "
        "caption followed by its photographer's credit, '… tại hội thi (Ảnh: Thanh Hương)', keeps the "
        "credit for the house, the gold drops it"
    ),
    "liferay72_abstracts_pager_tct": (
        "round 137 (blind), first crawl 13/13 found, 115/117 fields: two posts are read first at the "
        "home page's Asset Publisher address, which names itself canonical and whose trail is 'Trang "
        "chủ › <headline>': no category (the gold takes the section the post's own list files it in)"
    ),
    "aspnet_datagrid_numeric_tct": (
        "round 138 (blind), first crawl 13/13 found, 116/117 fields: the home page links a post "
        "with another section's number ('MaLoai=2'), whose page prints that section in its trail; "
        "read first at that address, the post takes the wrong category (the gold takes its list's)"
    ),
    "wp_avada_fusion_thpt": (
        "round 138 (blind), first crawl 13/13 found, 100/117 fields, now 115/117: left, a convention: "
        "a gallery's photos whose words exist only in their lightbox links ('data-caption') take "
        "them as captions and the lightbox's larger file, the gold keeps the thumbnail shown and no "
        "caption"
    ),
    "liferay73_collection_sgddt": (
        "round 138 (blind), first crawl 13/13 found, 113/117 fields, now 111 or 112 by fetch order: "
        "an archive page's Asset Publisher copies of four posts ('/tin-tuc-cu/-/asset_publisher/…', "
        "each naming itself canonical, its trail 'Tin lưu trữ') are read before their display pages "
        "('/w/…') and give their category; a notice's display page prints no section in its trail "
        "(the gold takes its list's, 'Thông báo')"
    ),
    "liferay62_ap_table_pgd": (
        "round 139 (blind), first crawl 13/13 found, 1 non-article (the Asset Publisher's view of a "
        "library file, now never followed), 115/117 fields, now 116/117: a notice read first at its "
        "Web Content address ('/web/pgd-pleiku/-/<url-title>'), which prints no day, stays undated "
        "(its list's copy prints it; by fetch order)"
    ),
    "joomla25_featured_tct": (
        "round 139 (blind), first crawl 13/13 found, 103/117 fields, now 116/117: left, a convention: "
        "Joomla 2.5's cloaked e-mail address is shown as its script writes it, the gold drops it "
        "(with the notice for readers without scripts, which the house drops too)"
    ),
    "php_mvc_vendor_district_pgd": (
        "round 139 (blind), first crawl 13/13 found, 116/117 fields: left, a convention: a caption "
        "closed by its photographer's credit keeps the credit for the house ('… môn đẩy gậy (Ảnh: "
        "H’Xíu Êban)'), the gold drops it"
    ),
    "liferay71_wcd_tags_pgd": (
        "round 140 (blind), first crawl 12/13 found, 1 non-article, 94/108 fields (the home page, "
        "which the start URL redirected to, was asked for again by its logo's link and read as the "
        "notice it shows whole), now 13/13 and 115/117: a caption printed above its photo (the "
        "photo's alt a file's name) stays in the text"
    ),
    "wp_tt4_fse_pgd": (
        "round 140 (blind), first crawl 13/13 found, 112/117 fields, now 113/117: the department's "
        "hotline box set after the byline in the post's content ('📞 ĐƯỜNG DÂY NÓNG …' over a line "
        "of phone and e-mail) stays in the text, so the byline is no closing line and the account's "
        "unit is taken as the author; a ':)' drawn as WordPress's smiley picture is read as its "
        "character (the gold drops it)"
    ),
    "wp_enfold_avia_thcs": (
        "round 148 (blind), first crawl 13/13 found, 95/117 fields, now 105/117: a convention, twelve "
        "posts print the day only ('Tháng Mười Một 19, 2026') over a <time datetime> with the hour and "
        "seconds: the gold takes the machine stamp's time, the house a time the page prints"
    ),
    "yii2_vendor_portal_sgddt": (
        "round 148 (blind), first crawl 13/13 found, 116/117 fields: a convention, a caption closed by "
        "'(Ảnh: X)' keeps it for the house"
    ),
    "wp_flatsome_ux_sgddt": (
        "round 147 (blind), first crawl 13/13 found, 103/117 fields, now 105/117: a convention, twelve "
        "posts print the day only ('d/m/Y') over a <time datetime> with the hour: the gold takes the "
        "machine stamp's time, the house a time the page prints (as wp_newspaper_tagdiv_sgddt's entry)"
    ),
    "laravel_vendor_cms_tct": (
        "round 147 (blind), first crawl 13/13 found, 111/117 fields, now 114/117: a convention, a "
        "caption closed by '(Ảnh: X)' keeps it for the house (3 photos)"
    ),
    "classic_asp_win1258_thcs": (
        "round 146 (blind), first crawl 13/13 found, 7 posts emitted twice, 71/117 fields, now "
        "112/117: the record's category follows the address read first when the 'cat' parameter "
        "files one post under several sections ('ChiTiet.asp?ID=231&Cat=0' from the home page's "
        "'Tin nổi bật' box, 'chitiet.asp?id=230' with no cat: 3 posts); an old module's unpadded "
        "month-first day without a time ('11/5/2026') is read day first; a convention, a caption "
        "closed by '(Ảnh: X)' keeps it for the house"
    ),
    "joomla5_cassiopeia_pgd": (
        "round 146 (blind), first crawl 13/13 found, 115/117 fields, now 116/117: a convention, a "
        "notice whose page prints only its last edit ('Cập nhật lần cuối: …') is dated by the day "
        "its category's list prints beside it for the house; the gold leaves it undated"
    ),
    "liferay72_assetpub_dates_thpt": (
        "round 145 (blind), first crawl 13/13 found, 111/117 fields, now 113/117: a convention, the "
        "asset category printed under the text ('Chủ đề: <a>Hoạt động Đoàn</a>', Liferay's vocabulary "
        "named 'Chủ đề') is the post's category for the house and for liferay62_catnav_title_list_pgd's "
        "gold; this gold takes the trail's section (4 posts)"
    ),
    "aspnet_mvc_ajax_pager_thpt": (
        "round 143 (blind), first crawl 12/13 found, 107/108 fields, now 13/13 and 116/117: a collapse "
        "toggle drawn as a button ('<a class=btn role=button data-toggle=collapse>Xem danh sách học "
        "sinh đạt giải</a>') over the results table is read as a line of the text"
    ),
    "wp_school_theme_vn_pgd": (
        "round 143 (blind), first crawl 13/13 found, 115/117 fields, now 116/117: one post's headline "
        "typed again as the first line of its text stays in the body"
    ),
    "nukeviet3_legacy_news_thcs": (
        "round 143 (blind), first crawl 13/13 found, 116/117 fields: a lead pasted again as a bold "
        "first paragraph under NukeViet 3's '#hometext' h2 leaves the summary empty"
    ),
    "drupal7_views_school_mamnon": (
        "round 143 (blind), first crawl 13/13 found, 112/117 fields: the album's Bootstrap carousel "
        "after the text is read as no photos (2 posts), a deputy signing 'X – P. Hiệu trưởng' is not "
        "parsed (its post abbreviated 'P.'), a source field printed after the 'Tin cùng danh mục' "
        "widget is not reached"
    ),
    "wp_newspaper_tagdiv_sgddt": (
        "round 144 (blind), first crawl 13/13 found, 101/117 fields, now 102/117: a convention, twelve "
        "posts print the day only over a <time datetime> with the hour (the gold takes it; the house "
        "convention takes a time the page prints); the 'NGUỒN' box's reading runs on into the 'THẺ' "
        "box after it; a tagDiv gallery's title and a 'Bài viết cùng chủ đề' heading stay in the text (the "
        "heading as a related list's was tried: confluence_thpt's blog index then lost its one list and "
        "read as a post, 10/13)"
    ),
    "php_homemade_frameless_pgd": (
        "round 144 (blind), first crawl 11/13 found, 2 non-articles, 96/99 fields, now 13/13 and "
        "114/117: a unit signing in a two-cell table row ('| Tổ chuyên môn THCS') is read as a row of "
        "the text; a convention, a caption closed by '(Ảnh: X)' keeps it for the house"
    ),
    "aspnet_webforms_mobile_thcs": (
        "round 144 (blind), first crawl 13/13 found, 104/117 fields, now 115/117: the two notices' "
        "category 'Thông báo' is named only in an iframe widget's list, which no reading of the "
        "article page sees"
    ),
    "liferay70_journal_display_pgd": (
        "round 144 (blind), first crawl 12/13 found, 90/108 fields, now 13/13 and 116/117: a quote "
        "opening the second page of a paged web content is not joined to the first page's text"
    ),
    "codeigniter_vendor_sgddt": (
        "round 142 (blind), first crawl 13/13 found, 113/117 fields, now 116/117: a bold lead under "
        "CodeIgniter's PHP error box and a reading player, before the text, is not taken as the sapo"
    ),
    "joomla3_zoo_blog_tct": (
        "round 142 (blind), first crawl 13/13 found, 113/117 fields, now 115/117: a convention, ZOO's "
        "subtitle under the headline ('h2.pos-subtitle') is the sapo for the house (as Liferay Blogs' "
        "sub-title is for liferay74_blogs_widget_thcs's gold); this gold takes it for neither"
    ),
    "liferay74_blogs_widget_thcs": (
        "round 142 (blind), first crawl 11/13 found, 70/99 fields, now 13/13 and 113/117: the poster "
        "Liferay prints as a user's portrait and name ('span.username') beside the day is not read "
        "as the author where the text signs nowhere (3 posts); a cover painted as a CSS background "
        "with no caption under it is read as no photo (the gold counts it)"
    ),
    "wp_astra_spectra_tct": (
        "round 141 (blind), first crawl 13/13 found, 83/117 fields, now 105/117: a convention, the "
        "twelve posts print the day only ('Tháng Mười Hai 4, 2026'), Yoast's article:published_time "
        "in UTC holds the hour (the gold takes it; the house convention takes a time the page prints)"
    ),
    "joomla4_gantry5_pgd": (
        "round 141 (blind), first crawl 13/13 found, 116/117 fields: a convention, an official "
        "letter's addressee line ('Kính gửi: Hiệu trưởng các trường THCS …') opens its text for the "
        "house (crawler/extract/official.py), the gold drops it"
    ),
    "wp_twentyseventeen_pgd": (
        "round 136 (blind), first crawl 13/13 found, 95/117 fields, now 105/117: eleven posts print "
        "the day only under a <time datetime> with the hour (the gold takes it; the house convention "
        "does not), a post in two categories takes the one printed first"
    ),
    "nukeviet40_pagelist_pgd": (
        "round 136 (blind), first crawl 0/13 found (its links 'index.php?language=vi&nv=news&op=…' "
        "lost their routing language parameter, and 'op=…/page-2' was no page of the list: mended), "
        "now 13/13, 114/117 fields; left: the home image's figcaption repeating the headline, which "
        "this gold drops and nukeviet41_twocol_thcs's and nukeviet43_viewcat_grid_tct's keep (the "
        "crawl keeps it); two bylines (a unit's field line, an unlabelled author field)"
    ),
    "joomla15_legacy_pgd": (
        "category: Joomla 1.0/1.5 serves one article under several Itemid addresses with no "
        "rel=canonical, and the pathway names the menu item of the address fetched first (the "
        "section blog's 'Tin tức', or nothing from the front page) instead of the category blog's"
    ),
    "wp_newsmag_child_pgd": (
        "round 151 (blind), first crawl 12/13 found, 87/108 fields (tagDiv's in-text ad slot, a post's "
        "head and text boxes sharing a padding class read as a list of two, the shown 'entry-date "
        "updated' that the page's meta names the last edit: tuned, 13/13 and 106/117); left, a "
        "convention: eleven posts print the day only over machine stamps with the hour (the gold "
        "takes the stamps' time, as wp_flatsome_ux_sgddt's does)"
    ),
    "wp_vn_agency_html_permalink_mamnon": (
        "round 153 (blind), first crawl 13/13 found, 107/117 fields (a nursery rhyme's short italic "
        "lines counted as a text set in italics, the caption under a photo then read as the rhyme's: "
        "tuned, 109/117); left, a convention: eight posts print the day only over machine stamps "
        "with the hour (the gold takes the stamps' time; shared/real-pages/SOURCES.md: a time only "
        "where the header shows one)"
    ),
    "wp_twentynineteen_sgddt": (
        "round 154 (blind), first crawl 13/13 found, 104/117 fields, all conventions: twelve posts "
        "print the day only in words over a <time datetime> with the hour (the gold takes the "
        "stamp's time; shared/real-pages/SOURCES.md: a time only where the header shows one); one "
        "post that nothing signs names its posting account's display name ('Văn phòng Sở'), which "
        "the house takes as its author when nothing else signs and this gold calls nobody"
    ),
    "php_homemade_month_archive_tct": (
        "round 154 (blind), first crawl 13/13 found, 113/117 fields, not tuned: four posts are read "
        "first through the home slider's '&cat=1' address, whose trail follows the address's cat "
        "('Tin tức - Sự kiện'), not the post's own section (the gold's); as "
        "php_vendor_tabid_political_tct's"
    ),
    "wp_wpml_bilingual_thpt": (
        "round 155 (blind), first crawl 13/13 found, 95/117 fields (WPML's box of the post's other "
        "languages, 'Bài viết này cũng có bản: English', read as the text's last line before the "
        "signatures: tuned, 103/117); left: 13 conventions (day-only dates over Yoast's stamps "
        "with the hour; the gold takes the stamps' time) and a Gutenberg file block's title line "
        "('wp-block-file', its 'Tải xuống' button dropped, the attachment page's link kept)"
    ),
    "php_homemade_rewrite_html_thcs": (
        "round 155 (blind), first crawl 13/13 found, 116/117 fields; left, a convention: two captions "
        "ending with their credit '(Ảnh: Trần Minh Tuấn)' (shared/real-pages/SOURCES.md keeps a "
        "caption's credit as displayed; this gold takes it off)"
    ),
    "joomla3_jcomments_district_pgd": (
        "round 155 (blind), first crawl 13/13 found, 116/117 fields; left, a convention the golds "
        "disagree on: a closing line pointing to the attachment by its file's name ('Danh sách chi "
        "tiết xem tại tệp đính kèm: ket-qua-hsg-9-cap-huyen.pdf'): this gold drops it, "
        "wp_sahifa_tct's keeps the same line ('Học viên xem chi tiết kết quả trong tệp đính kèm: "
        "….pdf'); the house keeps it (a rule dropping it was written and withdrawn)"
    ),
    "wp_plain_permalinks_thcs": (
        "round 156 (blind), first crawl 13/13 found, 104/117 fields, all conventions: thirteen posts "
        "print the day only over a <time datetime> with the hour (WordPress < 5.3's local clock "
        "labelled +00:00; the gold takes the stamp's hour; shared/real-pages/SOURCES.md: a time only "
        "where the header shows one)"
    ),
    "wp_generatepress_gutenberg_thcs": (
        "round 158 (blind), first crawl 13/13 found, 105/117 fields, all 12 left conventions: the "
        "day printed alone over a <time datetime> with the hour (the gold takes the stamp's hour; "
        "shared/real-pages/SOURCES.md: a time only where the header shows one)"
    ),
    "wp_jnews_magazine_sgddt": (
        "round 159 (blind), first crawl 13/13 found, 105/117 fields, all 12 left conventions: dates "
        "printed in words without a time, the gold taking the hour from Yoast's UTC stamps "
        "(shared/real-pages/SOURCES.md: a time only where the header shows one)"
    ),
    "dnn8_vendor_news_module_tct": (
        "round 159 (blind), first crawl 13/13 found, 116/117 fields; left, a convention: a caption "
        "closed by '(Ảnh: Minh Quân)' keeps its credit for the house (shared/real-pages/SOURCES.md "
        "keeps a caption as displayed; this gold takes the credit off)"
    ),
    "sharepoint2013_publishing_pages_pgd": (
        "round 159 (blind), first crawl 13/13 found, 86/117 fields (the Pages library 'Trang' as the "
        "trail's section over the page's 'Chuyên mục:' line, the Byline field 'butdanh-tin' unread, "
        "the page image and the date line under it past the quick launch: tuned, 116/117); left, a "
        "convention: a caption closed by '(Ảnh: X)' keeps its credit for the house"
    ),
    "nukeviet43_laws_news_sgddt": (
        "round 160 (blind), first crawl 13/13 found, 116/117 fields; left, a convention the golds "
        "disagree on: 'Chi tiết xem tại: <a>Kế hoạch số 2041/KH-SGDĐT</a>' closing a notice (this "
        "gold drops it; cmsms_pgd's and episerver_sgddt's keep theirs)"
    ),
    "liferay74_blogs_widget_thpt": (
        "round 165 (blind), first crawl 4/13 found, 28/36 fields (the blog entry's text in Liferay's "
        "'widget-content' slot read as a sidebar widget's: nine entries dropped as too short or read "
        "as lists of their neighbour cards: tuned, 13/13, 113/117); left, 4 conventions: the author "
        "card's account ('Lê Hoàng Phúc', a person's login) is the author for this gold, the house "
        "reads a card's account as the poster and takes the text's signature"
    ),
    "wp_newsup_magazine_thcs": (
        "round 164 (blind), first crawl 13/13 found, 105/117 fields; left, 12 conventions: the theme "
        "prints the day alone and the time is only in Yoast's meta tags, in UTC (the house reads the "
        "printed day; a time only an SEO plugin writes is no printed one; this gold takes it)"
    ),
    "nukeviet45_viewcat_list_mamnon": (
        "round 164 (blind), first crawl 13/13 found, 2 non-articles, 110/117 fields ('Xem lại: <a>…"
        "</a>' and 'Mời quý phụ huynh xem thêm hình ảnh tại album: …' pointers read as text: tuned, "
        "114/117); left: the summary of a post whose lead box the page hides, an album widget's "
        "'Album: … (32 ảnh)' and 'Xem toàn bộ album »' lines in the text, a lead photo's order"
    ),
    "wp_colormag_pro_pgd": (
        "round 163 (blind), first crawl 13/13 found, 115/117 fields; left, a convention: the time "
        "the page shows only in its date link's tooltip ('3:20 chiều') over a <time datetime> with "
        "seconds ('15:20:41'): the house takes the shown minute, this gold the stamp's seconds"
    ),
    "nukeviet44_news_two_level_thcs": (
        "round 163 (blind), first crawl 13/13 found, 115/117 fields; left, a convention the golds "
        "disagree on: NukeViet's lead photo captioned with the headline (its 'homeimgalt' left "
        "empty): this gold gives no caption, fifteen records of six other NukeViet portals keep "
        "the headline as the caption (a rule dropping it was written and withdrawn on "
        "compare_extract)"
    ),
    "liferay73_clay_cards_tct": (
        "round 162 (blind), first crawl 12/13 found, 96/108 fields (an official notice read as a "
        "teaser by its file's '(Xem chi tiết)' link; the day of the asset's details over the "
        "template's '08:30 | 10/10/2026' after an edit stamp; an avatar's initials 'BB' as an "
        "author; 60 page requests of 60, each asset fetched again with its portlet's namespaced "
        "'_redirect' and '_assetEntryId': tuned, 13/13, 113/117, 51 pages); left: four posts first "
        "fetched at the display page's address, '/web/guest/tin-chi-tiet/-/asset_publisher/…', "
        "whose own trail names another section than the post's list (the gold files them by the "
        "list's trail)"
    ),
    "joomla4_yootheme_pro_tct": (
        "round 162 (blind), first crawl 12/13 found, 1 twice, 104/108 fields (UIkit's 'uk-text-"
        "small' and YOOtheme's 'el-content' read as a text's names: a field's value and a teaser's "
        "blurb taken as the text, a page-break part lost and the '?showall=1' page emitted beside "
        "the joined post; a writer's unit written short, 'P.QLĐT-NCKH': tuned, 13/13, 115/117); "
        "left: a builder gallery's photos outside the text (captions in hover overlays), and a "
        "photographer in a builder's field list ('Ảnh' label without a colon)"
    ),
    "joomla5_cassiopeia_thpt": (
        "round 161 (blind), first crawl 13/13 found, 103/117 fields (a menu item's own page heading, "
        "'Thi thử tốt nghiệp THPT' in an h1, over its post's h2 headline; the trail's last step, the "
        "menu's name for the post, taken as its category: tuned, 106/117); left, 11 conventions: a "
        "day-only date over <time datetime> with the hour (the gold takes the hour)"
    ),
    "nukeviet45_school_portal_thcs": (
        "round 161 (blind), first crawl 13/13 found, 103/117 fields (the frame of Facebook's comments "
        "plugin, 'fbcmt-khung', its notice read as the text's last line: tuned, 116/117); left, a "
        "convention: a caption closed by '(Ảnh: X)' keeps its credit for the house"
    ),
    "aspnet_core_vendor_cms_mamnon": (
        "round 161 (blind), first crawl 13/13 found, 88/117 fields (a chip closing the headline, "
        "'<span class=kp-chip>🏫 Toàn trường</span>': tuned, 96/117; stop 62: the folded second "
        "half of the text, opened by a button after the text's own box, read: 103/117); left: the "
        "meta row ('🕒 Thứ Năm, 19 Tháng Mười Một 2026 lúc 9:05 SA | 👪 Dành cho: … | 1413 lượt "
        "xem') kept as text and its time not taken, a lazy gallery after the text, two chips whose "
        "headline's box the chip rule does not reach, a side box ('Có thể ba mẹ quan tâm') in the text"
    ),
    "joomla4_helix_ultimate_mamnon": (
        "round 157 (blind), first crawl 13/13 found, 103/117 fields, tuned to 106/117; left, 11 "
        "conventions: a day-only date over <time datetime> with the hour (the gold takes the hour; "
        "shared/real-pages/SOURCES.md: a time only where the header shows one)"
    ),
    "nukeviet46_school_news_mamnon": (
        "round 157 (blind), first crawl 13/13 found, 115/117 fields; left, a convention the golds "
        "disagree on: the lead photo's caption NukeViet fills with the headline when the editor "
        "typed none (this gold drops it; nukeviet40_pagelist_pgd's, nukeviet43_viewcat_grid_tct's "
        "and hidden_submenus_tct's keep it, as the house does)"
    ),
    "php_vendor_tabid_political_tct": (
        "round 151 (blind), first crawl 13/13 found, 107/117 fields, not tuned: the post's SEO "
        "address, read first, prints a trail of the module alone ('Tin tức - Sự kiện'); the gold "
        "takes the category of the list that links it ('Hoạt động của Trường'), which only the "
        "list's own address of the post prints in its trail"
    ),
    "nukeviet41_thongbao_thcs": (
        "round 149 (blind), first crawl 13/13 found, 116/117 fields: a convention, the lead photo's "
        "caption that NukeViet fills with the headline when the editor typed none ('Lễ kỷ niệm 44 "
        "năm …' under the photo): this gold drops it, the house keeps the line as displayed (the "
        "golds of nukeviet40_pagelist_pgd, nukeviet43_viewcat_grid_tct and hidden_submenus_tct keep it; "
        "shared/real-pages: captions 'as displayed')"
    ),
    "nukeviet44_tabs_home_thpt": (
        "round 150 (blind), first crawl 13/13 found, 110/117 fields: the same convention as "
        "nukeviet41_thongbao_thcs's, seven lead photos captioned by the theme with the headline"
    ),
    "joomla3_vn_vendor_template_mamnon": (
        "round 150 (blind), first crawl 13/13 found, 116/117 fields: a convention, the gold keeps "
        "the e-mail cloak's notice ('Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, "
        "…') where the house writes the address Joomla's script prints for readers"
    ),
    "joomla4_gridbox_builder_thcs": (
        "round 169 (blind), first crawl 13/13 found, 91/117 fields (Gridbox's 'intro-post-info' "
        "row of the poster, the day, the category and the counts read as the lead: tuned, "
        "116/117); left: a video plugin's title line ('Video: Tiết mục văn nghệ …') kept as text"
    ),
    "php_opencart_like_vendor_cms_tct": (
        "round 169 (blind), first crawl 13/13 found, 98/117 fields, 61 requests for a budget of 54 "
        "(OpenCart's cached '-300x200' copy of each photo, its 'no_image' stand-in, the 'Hiển thị' "
        "drop-down's '?limit=' lists: tuned, 109/117 in 52); left: the writers printed only in the "
        "'Thông tin' tab's table (3), and a post whose lead is printed after the h1 and its text "
        "before it (a summary, three lines and a photo)"
    ),
    "php_drupal7_views_infinite_tct": (
        "round 168 (blind), first crawl 13/13 found, 114/117 fields (a node's day printed month "
        "first by Drupal's m/d/Y format, its RDFa stamp the same day the other way round: tuned, "
        "115/117); left: a caption only in an 'img.caption' title on a page that loads no caption "
        "script (the house reads it as a tooltip, as on Joomla 4), and the 'Tác giả:' field in a "
        "Panels pane after the attachments' pane, not read"
    ),
    "liferay70_asset_publisher_scroll_pgd": (
        "round 167 (blind), first crawl 13/13 found, 115/117 fields (FreeMarker's error report "
        "printed into a post where its author field failed, read as text: tuned, 116/117); left: a "
        "notice first fetched through the home page's Asset Publisher, whose trail names no "
        "section, so its category is None (its section's publisher's copy is fetched later)"
    ),
    "joomla3_t3_purity_thcs": (
        "round 165 (blind), first crawl 13/13 found, 1 non-article (the blog's '?limitstart=0' "
        "page, its first page under another address: an offset of 0 without a page size is no "
        "parameter now), 116/117 fields; left, a convention: the gold keeps the e-mail cloak's "
        "notice where the house writes the address the script prints"
    ),
}

#: the stop's last blind portals, crawled and recorded but not tuned to gold: the crawl must run,
#: write valid records, finish and keep within a quarter over the request budget; its differences
#: from gold (and any overrun) are the open work, listed in the issue note (they xfail here, with
#: their count, until tuned)
KNOWN_UNTUNED: dict[str, str] = {
    "drupal7_vn_school_theme_thcs": (
        "round 156 (blind), first crawl 13/13 found, 1 non-article, 97/117 fields (the Forward "
        "module's form inside the node, 'Gửi trang này cho bạn bè', read as text; an image field's "
        "label 'Một số hình ảnh:' over its photos: tuned, 115/117); left: a 'Tác giả' and a "
        "'Nguồn' field printed after the image field, outside the text's box, not read; the book's "
        "chapter page linked from a post's book navigation is emitted"
    ),
    "liferay61_web_content_list_thpt": (
        "round 155 (blind), first crawl 10/13 found, 2 posts twice, 76/90 fields (Liferay 6's Web "
        "Content List table, 'taglib-search-iterator', read as chrome by its 'search'; the list "
        "view's section line over the headline typed again kept as text, so its copy of a post "
        "differed from the journal_content copy: tuned, 13/13, none twice, 106/117); left: posts "
        "read first through the section list's view ('…struts_action=…view_article_content') take "
        "that list's trail ('Tin tức - Sự kiện') and its template's lead and photos differ; the "
        "welcome text's web content, listed among the posts, is emitted"
    ),
    "wp_kindergarten_theme_mamnon": (
        "round 152 (blind), first crawl 12/13 found, 96/108 fields (a theme's admissions promo box in "
        "the text: tuned); now 10/13 and 90/90: three posts that print no day of their own (two "
        "weekly menus, 'Thực đơn tuần 1 tháng 12/2026 (từ 30/11 đến 04/12)', and a nutrition note) "
        "were dated by the top bar's clock of today ('ls_today', read as the day over the headline) "
        "and so kept; without it they are undated pages a menu-like headline makes standing pages, "
        "and reached as plain links from the category, not as its list's entries. The missing "
        "article of the first crawl, the same kind"
    ),
    "static_html_mamnon_legacy_mamnon": (
        "round 151 (blind), first crawl 10/13 found, 1 non-article emitted, 69/90 fields (a section's "
        "line the menu links over a table layout's headline, a large line going on past a short "
        "<title>, FrontPage's drawn hit counter, a headline typed again over two lines, a last-edit "
        "note, 'NVYT:' signing: tuned, 12/13 and 107/108). Left: the notice whose <title> is last "
        "year's and whose headline has no date line under it (not found); the intro page reached as "
        "a listing's entry, its first sentence read as a headline, emitted; a page printing no day "
        "of its own dated by its listing's (a convention: the gold gives none, the house takes the "
        "list's)"
    ),
    "joomla4_yootheme_sgddt": (
        "round 149 (blind), first crawl 13/13 found, 110/117 fields; tuned at stops 58 and 59 "
        "(YOOtheme's meta line parted by bars, Joomla's 'Mục lục bài viết' index in a UIkit card, an "
        "FPT.AI reading player): 12/13, 107/108. Left: the builder post whose text sits in three "
        "'uk-panel' boxes of nested grid columns beside a lightbox gallery scores below a side "
        "module, and the box after its headline that wins is its meta line (an empty record, "
        "dropped). Round 154's rules (a short line's box right under a photo's box before the text "
        "is its caption; UIkit's 'uk-text-center' aligns) gave the photo between the lead's box and "
        "the text's: 12/13, 108/108. Stop 62 (UIkit's 'uk-text-small' and YOOtheme's 'el-content' "
        "name no text): the builder post found, 13/13, 116/117, its body not yet the gold's"
    ),
    "wp_generateblocks_query_pgd": (
        "round 149 (blind), first crawl 13/13 found, 102/117 fields (a signature with its school in "
        "brackets under a line ending with a colon, a gallery's one caption, the trail's choice among "
        "two categories linked in a row: tuned, 106/117); left, a convention: 11 posts print the day "
        "only over a <time datetime> with the hour (the gold takes the stamp's time, as "
        "wp_flatsome_ux_sgddt's does; shared/real-pages' gold keeps the printed day)"
    ),
    "blogger_school_thpt": (
        "round 131 (blind), first crawl 12/13 found, 105 of 108 fields, not tuned: two posts titled "
        "only 'Thông báo' (a widget's word, no headline for the house: the blog's name is taken for one "
        "and the other, 'thong-bao_28.html', is missed), and the Blogger account 'THPT Nguyễn Huệ - "
        "Ninh Hòa' split into the school and its town, the town read as a person"
    ),
    "joomla3_protostar_mamnon": (
        "round 130 (blind), first crawl 13/13 found, 1 post emitted twice, 104 of 117 fields, not "
        "tuned: its gold takes each post's time from the hidden <time datetime> where the page shows "
        "the day only (the house reads a time only where one is shown: 11 dates), and a post paged "
        "by Joomla's page break comes out from its '?showall=1' view and again from a hand-typed "
        "'index.php?option=com_content…' link, no canonical tying them"
    ),
    "web30s_builder_thcs": (
        "round 126 (blind), first crawl 13/13 found, 106 of 117 fields, not tuned: the header printed "
        "twice (desktop h1 with the day's badge and its time in a box of its own, phone h2 with a "
        "yearless day), which copy's headline is chosen depends on the markup's layout (the "
        "markup-invariance test found an indented copy dated otherwise), a gallery's captions only "
        "in data-caption"
    ),
    "joomla3_helix3_tct": (
        "round 126 (blind), first crawl 12/13 found, 95 of 108 fields; 13/13 and 105/117 since stop "
        "56 (a page-break post's index box is no list its headline heads), not tuned further: that "
        "post is emitted twice, its '?showall=1' view and the home page's '/component/content/"
        "article/…' address (no canonical) both read as it; nine times only in <time datetime> (the "
        "house reads the day printed: a convention), a gallery format's carousel photos"
    ),
    "wp_kadence_blocks_mamnon": (
        "round 122 (blind), first crawl 12/13 found, 86 of 108 fields, not tuned: a week's menu post "
        "planned as an undated page, bylines right-aligned only by a <style> block of Kadence's "
        "advanced headings, a post showing only its update day, and nine times the page does not "
        "print (the house reads the day printed: a convention)"
    ),
    "dreamweaver_static_thcs": (
        "round 121 (blind), first crawl 11/13 found, 92 of 99 fields (a notice opened only by "
        "Dreamweaver's MM_openBrWindow: now followed, 12/13, 101 of 108); left, not tuned: a post whose "
        "headline is a table cell in <font><b> under the section's <h2> (read as a section page, its "
        "file name too short a slug to tell); a headline cell ending in its date '(20/11/2026)'"
    ),
    "danang_edu_portal_thcs": (
        "round 111 (blind), first crawl 13/13 found, 116 of 117 fields, not tuned: 60 requests for "
        "a budget of 57 (3 x 19 real pages), the post's twins (the GUID in capitals, the GUID alone, "
        "an old slug, a print view) each fetched before its canonical says so"
    ),
    "discuz_portal_thpt": (
        "round 112 (blind), first crawl 12/13 found, 2 forum pages emitted (unpadded '2026-10-8 "
        "07:50', the forum's trail closing in text, 'Xem nội dung', Discuz's own meta author: "
        "tuned, 13/13, 99 of 117 fields); left: 3 non-articles emitted, two members' profiles "
        "dated by their 'Ngày đăng ký' field box and the Archiver's copy of a Q&A thread, bylines"
    ),
    "hugo_docsy_tct": (
        "round 112 (blind), first crawl 7/13 found (a '<h5>Chuyên mục:</h5>' label ended the "
        "headline's text; 'Bởi X | <day>' meta lines; a last commit's line: tuned, 10/13, 69 of "
        "90 fields); left: 3 documentation pages the gold counts as undated articles (the house "
        "reads an undated page under /docs/ as no post: a convention), bylines (the trail's own "
        "short title, marked aria-current, is no category since stop 62)"
    ),
    "jhipster_vendor_sgddt": (
        "round 108 (blind), first crawl 0/13 found: the app shell's canonical '/#/tin-tuc/chi-tiet/"
        "<id>' read as the site's root made every post the home page (now the route after '#/' is "
        "the canonical: 13/13 found, 98 of 117 fields); left: JHipster's generated entity view, a "
        "<dl> of fields whose 'Tác giả'/'Nguồn' values and the signatures under its text are not "
        "read, the site's link banners taken as photos"
    ),
    "sphinx_ablog_tct": (
        "round 107 (blind), first crawl 13/13 found, 81 of 117 fields off, not tuned this stop: "
        "ABlog prints a post's date ('28 November 2026 - 14:30'), its author and its category only "
        "in a post card in the left sidebar, which the reading leaves as furniture; headings' "
        "'#' anchors, footnote brackets, line blocks"
    ),
    "shopware6_blog_thcs": (
        "round 107 (blind), first crawl 12/13 found, 91 of 108 fields off, not tuned this stop: "
        "the shop's call-to-action block closing every post ('Cửa hàng đồng phục Trần Phú … Xem tất "
        "cả sản phẩm', a CMS hero block) read as text, so the source line before it is no closing "
        "line; a notice of a uniform sale read as a product page; the slider's photos beside their "
        "thumbnails"
    ),
    "confluence_thpt": (
        "round 106 (blind), first crawl 13/13 found, 86 of 117 fields off, not tuned this stop: "
        "Confluence's chrome names the space's 'Pages' where the gold files blog posts under 'Blog' "
        "(a convention to settle), the posting day only in the trail's '2026 / 11 / 20' steps and "
        "the address beside a 'last modified … on' line, notices as child pages whose date is in "
        "their text, signatures inside page layouts' cells, an expand macro's content"
    ),
    "pluck_cms_mamnon": (
        "round 106 (blind), first crawl 13/13 found, 85 of 117 fields off, not tuned this stop: the "
        "blog prints its dates month first ('11-10-2026 lúc 20:30', Pluck's 'm-d-Y'), which a "
        "Vietnamese reading takes day first where both read (the site's order is only learnt from "
        "dates like '11-24-2026' on other pages or in the lists); the category printed on the date "
        "line; the title in a 'div.kop' box beside a site-name box; comments in the text's box"
    ),
    "mybb_thpt": (
        "round 100 (blind), first crawl 7/13 found, 7 records off, 2 forums' pages emitted, 95 page "
        "requests of 60 (MyBB's post permalinks, last-post jumps, print views and its 'Lite (Archive) "
        "Mode' mirror of the whole board fetched: made traps, 38 requests); left: the thread's "
        "headline in the thread's table head ('<td class=thead><strong>…'), far from the posts, "
        "so no thread reads as an article; forums read as articles"
    ),
    "elgg_thcs": (
        "round 100 (blind), first crawl 12/13 found, 12 records off (the group's blog crumb 'Blog' "
        "named the category: tuned; at stop 50 the times too, the tooltip's UTC clock read as the "
        "<time datetime=…+00:00> instant it prints, and the replies no longer chosen as the text: "
        "13/13, 114 of 117 fields); left: an author ('BBT Website trong Tin tức – Sự kiện'), a lead"
    ),
    "smf_forum_thcs": (
        "round 98 (blind), first crawl 13/13 found, 13 records off, 6 non-articles (the trail's "
        "'navigate_section', alternating 'windowbg'/'windowbg2' posts, 'Today at'/'Yesterday at' on "
        "the forum's English clock, a 'Last Edit' note, an update note in brackets: tuned); left: a "
        "post's photos attached under it ('?action=dlattach;…;image' thumbnails), and the board's "
        "other topics that read as posts: a poll, a 'MOVED:' notice, an album, a plan's document, "
        "the forum's rules, the board index's recent posts"
    ),
    "nodebb_thpt": (
        "round 97 (blind), first crawl 12/13 found, 6 records off; tuned: a linked pointer to the "
        "fanpage with a short link share, a paperclip's line naming a file. Left: a topic reached "
        "only through page 2's hidden pager and rel=next while lists sort by last reply; two dates "
        "(the edit indicator printing a UTC server clock read as the posting's, where the first "
        "post's machine stamp is the gold's); a notice's schedule heading in a markdown table; a "
        "teacher's own account ('Thầy Hoàng Văn Nam') as the author the helper's gold rules it"
    ),
    "tiki_wiki_thcs": (
        "round 95 (blind), first crawl 13/13 found, 12 records off (times printed in UTC, the image "
        "plugin's photos, a field line of author and date, 'GV-TPT Đội': tuned); 2 left: an article "
        "whose only text is Tiki's heading field (gold: the lead is the summary and the body; the "
        "crawler reads the field as the text, no summary) and an article's own photo set in the "
        "heading field with its caption, linked to its topic's list as the topic's icon is (read as "
        "the icon's thumbnail)"
    ),
    "wp_neve_thpt": (
        "round 94 (blind), first crawl 13/13 found, 11 records off (8 of them the gold's: the time of "
        "a datetime attribute the page never shows, harmonised to the day printed); 3 left, not tuned: "
        "Otter Blocks' 'Bài viết cùng chuyên mục' posts grid inside the text reads as text (and its "
        "first teaser as the lead); closed tabs' titles ('Khối 10', 'Khối 11') are left out where gold "
        "keeps them as headings; a notice's featured stock banner (a 2024 upload) is read as its photo"
    ),
    "zoho_sites_mamnon": (
        "round 84 (blind), tuned at stops 42 and 45 ('Kính gửi: …' under a notice's subject opens its "
        "text): 13/13 found, 1 record off and 1 non-article: one post's text runs on in a second row "
        "of Zoho's builder blocks (zprow > zpelem-col > zpelement zpelem-text) under a photo row, "
        "which the sibling merge does not reach (its byline and second photo with it: widening the "
        "series to a later row holding the text's kind was tried at stop 45 and pulled other portals' "
        "meta lines and notice boxes into 25 records); the admissions page (a Zoho page outside the "
        "blog, 'Cập nhật ngày 01/11/2026' under its heading) is read as a notice, which its spec calls no news"
    ),
    "apostrophe_pgd": (
        "round 84 (blind), first crawl 12/13 found, 1 non-article emitted, 11 records off; after this "
        "stop's rules (ApostropheCMS's area widget wrappers name no sidebar widget, a 'Cập nhật' stamp "
        "to the minute beside the post's own day is the last edit's, a slideshow's '1 / 3' counter) 3 "
        "left: a site-wide notice printed in the same rich-text widget after every post's text outscores "
        "a short post's one widget (one article read as the notice and dropped as a duplicate body, one "
        "record's text replaced by it); a clip's credit line under an embedded video ('Phóng sự về Hội "
        "thi (Nguồn: …)') stays in the text; the video library's clip page is read as an article"
    ),
    "mamnon_decor_site": (
        "round 70 (blind), first crawl 11/13 found, 11 records off, 26/54. Not tuned this stop: "
        "its gold drops the emoji printed in titles and text ('🎉 Lễ khai giảng … 🎉'), which the "
        "crawler keeps as printed (the house keeps inline emoji: round 60's rule), a convention to "
        "settle first; 'BGH nhà trường' (the school's board) signing is not read as a unit (the "
        "theme's floating stickers, 'sticker-be-1.png', are no photos since stop 50: 91 of 117 "
        "fields, 13/13 found)"
    ),
    "weekly_calendar_pgd": (
        "round 62 (blind), first crawl 13/13 found, 0 records off, 5 non-articles emitted: the four "
        "weekly work calendars ('Lịch công tác tuần 48 (từ ngày 23/11/2026 đến ngày 29/11/2026)', a "
        "dated post of one table) and an exam schedule, which its spec calls no news. The house's "
        "gold says otherwise: vhv_school and websphere_sgddt count their weekly calendars as "
        "articles and some twenty portals their dated 'Lịch thi …' posts. Left as a convention for "
        "the data team to settle (the issue note says so), not tuned either way"
    ),
    "date_picker_archive_sgddt": (
        "round 59 (blind), first crawl 9/13 found, 0 records off: the home and category pages show "
        "the 5 newest posts and no pager; older posts are reached only by walking day pages back "
        "('« Ngày trước', /tin-tuc/ngay/2026-11-13.aspx), six empty days in a row among them. The "
        "crawler reads a day page of one to three posts as no list and follows its links as "
        "menus', to the depth bound: the walk stops a week in. Walking it needs a day chain read "
        "as a pager (the link words and the date in the path) and about 69 page requests against "
        "a budget of 57"
    ),
    "adobe_muse_thcs": (
        "round 42 (blind), first crawl 10/12 found, 10 records off; after this stop's rules (page "
        "buttons side by side are a pager, Muse's MuseMenuActive menu link files the post, a 'Dam' "
        "style is bold, a 'Tac-gia' paragraph style signs) 11/12 found and 3 records off. Left: "
        "Muse's reading order is its drawing order and the page's CSS places the boxes: two "
        "captions drawn before their photos and a pull quote written after the footer are read "
        "where the HTML has them (no CSS layout is read); the exam-schedule notice, a grid of "
        "absolutely placed text frames, reads as a few short lines (dropped: body too short)"
    ),
    "phpbb_portal_thpt": (
        "round 29, first crawl 1/12; after this stop's forum rules (a topic's first post is the "
        "article, its replies and signatures are not; posting/member pages never followed; the "
        "board's trail) 12/12 found, 3 non-articles emitted (the board's rules topic, members' "
        "shares and suggestions: news only by the forum they are in) and 6 records off (a quote's "
        "'X đã viết:' citation in the text, bylines in BBCode lines, a poster named only by the "
        "profile box)"
    ),
    "discourse_thcs": (
        "round 46 (blind), first crawl 13/13 found, 5 non-articles emitted, 13 records off, 41/60. "
        "Not tuned this stop: the parents' and pupils' categories ('Hỏi đáp phụ huynh', 'Góc học "
        "sinh') are discussions, which the forum rule (phrases/discussion_forums.txt) reads only on "
        "vBulletin/phpBB topic pages; the crawler view's 'creator' box '(Nguyễn Thị Lan)' after the "
        "login and its category badge are not read (category comes out as 'Danh mục'); replies "
        "after the first post are read into the body; lightbox filename/size meta"
    ),
}

#: portals where a known kind of non-article page may come out as an article (a regex of their
#: addresses) though every gold article comes out right; which of them a crawl reaches first
#: varies, so the test xfails when one comes out and passes when none does
#: portals whose count of page requests depends on the fetch order around their budget (why): a
#: quarter over the budget is tolerated, as for an untuned portal
BUDGET_SLACK = {
    "vnpt_portal_cms_tct": (
        "round 149 (blind): 66 page requests of 57; its pager's 'Sau ›' and 'Cuối »' are postbacks "
        "beside three numbered links, and each list page's postbacks are sent though the pages "
        "they lead to are mostly linked too (12 POSTs)"
    ),
    "bookstack_thpt": (
        "round 98 (blind): 64 page requests of 63; two lists link their own first page as '?page=1' "
        "beside the list itself (not folded: Drupal's '?page=1' is page two), and the helper's "
        "breadth-first walk needed 64 too"
    ),
    "nucleus_cms_pgd": (
        "round 99 (blind): 64 page requests of 63; the category lists link each item with its "
        "category ('?itemid=N&catid=C'), the blog's lists without it, and both forms are fetched "
        "before the parameter is learned to change nothing (the helper's walk needed 60)"
    ),
    "ojs_tapchi_tct": (
        "round 78 (blind): 65 page requests of 63. Each of the four bulletin articles whose full text "
        "OJS prints inline also frames its HTML galley ('…/article/download/133/86?inline=1' in an "
        "iframe), which the crawler fetches as a page the landing page embeds"
    ),
    "php_homemade2014_thcs": (
        "round 73 (blind): every page answers at '/?…' and at '/index.php?…' (the home-made site "
        "links both), and the crawler fetches a page at both addresses before the second answers "
        "as the first's twin: 55 to 57 page requests against a budget of 57. '/index.php' as the "
        "directory's index is a normalisation the URL rules do not make (the issue note says so)"
    ),
    "django_vendor_sgddt": (
        "round 74 (blind): thirty document entries (/van-ban/<id>/) are mixed into two lists, and the "
        "'Xem thêm' button's fragment (?page=N&ajax=1) repeats each list page's entries; the entries "
        "the crawler opens before it knows they are documents vary with the fetch order: 49 to 57 "
        "page requests against a budget of 57 in five subprocess crawls"
    ),
    "repeating_pages_sgddt": (
        "round 70 (blind): every list's pager leads on past its end, the pages past it answering the "
        "last page's posts again. The crawler reads one page past the end of each list, sees it "
        "repeat a page of the same list and stops there (the spider's _repeats_a_page): 58 to 59 "
        "page requests against a budget of 57 (the first crawl never ended)"
    ),
    "faceted_filters_sgddt": (
        "round 64 (blind): a faceted news filter whose every facet link keeps the others. Its path's "
        "query variants are frozen after fifteen barren pages in a row (crawler.navigation.families); "
        "the requests queued before the freeze vary with the fetch order: 54 to 62 page requests "
        "against a budget of 57 (674 before the rule)"
    ),
}

#: field differences that depend on the order the crawl fetches a portal's pages (the lines that
#: may appear, as a regex, and why): an xfail when they appear, a pass when they do not
FETCH_ORDER_FIELDS = {
    "liferay70_district_subsite_pgd": (
        r"thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen-nam-hoc-2026-2027 category: want 'Thông báo' got None",
        "round 152 (blind), first crawl 13/13 found, 114/117 fields (a notice's meta line of two "
        "labelled days: tuned); a notice read first through the home page's Asset Publisher, whose "
        "trail names only 'Trang chủ', has no category (the gold takes 'Thông báo'); read first "
        "through its own list it has it",
    ),
    "aspnet_webforms_school_vendor_thcs": (
        r"matin=1181 category: want 'Hoạt động chuyên môn' got 'Tin tức - Sự kiện'",
        "round 152 (blind), first crawl 13/13 found, 115/117 fields (a notice fetched with its list's "
        "number added to its address lost the ticker's link naming it: tuned); the post filed under "
        "two lists takes the category of the address read first",
    ),
    "nukeviet40_school_thpt": (
        r"doan-truong-to-chuc-ngay-hoi-thanh-nien-khoe-nam-2026-327\.html category: want 'Đoàn thanh niên' got 'Hoạt động nhà trường'",
        "round 127 (blind): a post filed in two categories answers under both, each page with its "
        "own trail; the record is the one read first, and the crawl reads the second category's "
        "copy first at times (its KNOWN_FIELD_GAPS entry was removed at stop 55 on a crawl that "
        "read the main one first; a fresh clone read the other)",
    ),
    "bookstack_thpt": (
        r"ngay-hoi-hien-mau-tinh-nguyen-giot-hong-tran-cao-van-lan-thu-v-nam-2026 (?:published_at|category):",
        "round 98 (blind): one article is copied into another book (BookStack's 'Sao chép': the same "
        "title and text, its own creation date, its own book as category) and linked from the news "
        "book's list; whichever of the two the crawl reads first is the record (the second is the "
        "same page), and the copy is read first at times",
    ),
    "migrated_twins_thpt": (
        r"published_at: want '(\d{4}-\d{2}-\d{2})' got '\1T|category: want 'Tin tức' got 'Tin tức nhà trường'|images: want .*got \[\('http://[^']*/old/",
        "round 64 (blind): four WordPress posts also answer on the old ASP site they replaced "
        "(/old/xemtin.asp?id=N, windows-1258, no canonical, the date printed with a time), and two "
        "of them link their old copy as 'bài gốc'. A new post read after its old twin takes the "
        "twin's time of the same day (the twins' merge keeps the first-read copy's fields); read "
        "first, it keeps its own day. Crawled in process alone the twin comes first; in the "
        "parallel suite, or by a subprocess, the portal is at gold. Since stop 38's rule that "
        "stops a list's pager at a page repeating one read before (which changes the fetch order, "
        "not the pages fetched: 35 requests either way), a subprocess crawl mostly reads the old "
        "copy of the 20/11 post first too, and its category and photos are the old copy's: the "
        "twins' merge order is the open fix (stop 37 noted it)",
    ),
    "contao_pgd": (
        r"published_at: want '(\d{4}-\d{2}-\d{2})T[^']*' got '\1'",
        "round 29: articles that print no time of their own take the time their category's list prints "
        "beside them, or only the day the month archive prints, whichever page the crawl reads first "
        "(listed under KNOWN_FIELD_GAPS until this stop, where it failed the suite once by passing)",
    ),
    "pimcore_sgddt": (
        r"so-gddt-kiem-tra-ho-tro-khac-phuc-co-so-vat-chat-truong-hoc-sau-mua-lu-tai-xa-huong-khe~n1144 "
        r"(?:published_at: want '(\d{4}-\d{2}-\d{2})T[^']*' got '\1'|category: want 'Hoạt động ngành' got 'Tin tức'|images: want .*got \[\('http://[^']*/uploads/old-portal/)",
        "round 79 (blind): one post also answers as a migrated document of the old portal (…sau-mua-lu.html, "
        "no rel=canonical, another template: day only, category 'Tin tức', the old photo path), reached from "
        "the archive page before the post itself; the first-read copy's fields win (as migrated_twins_thpt's). "
        "Holding a page that names no address of its own until the crawl's end was tried this stop and "
        "withdrawn: a run stopped early (a budget, a signal) would lose the held records",
    ),
}

KNOWN_EXTRA_PAGES = {
    "nukeviet45_viewcat_list_mamnon": (
        r"/thuc-don/thuc-don-tuan-",
        "round 164 (blind): the weekly menu pages ('Thực đơn tuần 1 tháng 12 năm 2026', a dated "
        "table of dishes under a headline) are emitted; this gold calls them no news, "
        "wp_kadence_blocks_mamnon's gold counts its week's menu post as one: a convention the "
        "golds disagree on, left as the house reads it",
    ),
    "php_homemade_frames_legacy_pgd": (
        r"chitiet\.php\?id=437",
        "round 164 (blind), first crawl 13/13 found, 1 non-article, 100/117 fields (a page declaring "
        "iso-8859-1 over windows-1258 bytes read in the Western code page; 'Các tin khác' as a table "
        "of link rows spared as a data table: tuned, 117/117); left: a document's entry printed in "
        "the article template ('Công văn số 468/PGDĐT-THCS …', dated, its text a paragraph) emitted",
    ),
    "nukeviet43_laws_news_sgddt": (
        r"/vi/laws/ \(",
        "round 160 (blind), first crawl 13/13 found, 116/117 fields, 1 non-article, not tuned: the "
        "laws module's register page (a table of three documents, the side blocks' weekly schedule "
        "read as its text under the 'Văn bản mới' block's cut title) is emitted; and a convention "
        "the golds disagree on: 'Chi tiết xem tại: <a>Kế hoạch số 2041/KH-SGDĐT</a>' closing a "
        "notice (this gold drops it; cmsms_pgd's and episerver_sgddt's keep their 'Chi tiết xem "
        "tại …' lines; a rule dropping it was written and withdrawn)",
    ),
    "aspnet_mvc_school_vnedu_like_thpt": (
        r"/thpt-tranphu-ht/lich-thi",
        "round 157 (blind), first crawl 13/13 found, 117/117 fields, 1 non-article, not tuned (the "
        "stop's time): the exam timetable page (a headline, a 'Cập nhật' line, a lead and a table) "
        "is emitted, titled by the header's school name",
    ),
    "joomla4_category_table_thpt": (
        r"/index\.php/tin-tuc-su-kien/159-thoi-khoa-bieu-",
        "round 153 (blind), first crawl 13/13 found, 1 non-article: a convention, a row of the news "
        "list whose post is one dated line and the timetable's PDF (embedded and linked), posted in "
        "'Tin tức - Sự kiện': a notice offering its file is news for the house (an attachment post); "
        "this gold calls it a document entry",
    ),
    "joomla3_k2_catalog_mamnon": (
        r"/tin-tuc/item/160-video-",
        "round 144 (blind), first crawl 13/13 found, 1 non-article: a convention, a K2 item titled "
        "'Video: Các bé lớp Lá 2 múa …' among the posts, its clip and a few lines, is news for the "
        "house (photo_posts_thpt's gold); this gold calls it a video page",
    ),
    "liferay70_newsportlet_thcs": (
        r"/web/thcs-nguyentruongto/van-ban(?![-/\w])",
        "round 127 (blind), first crawl 13/13 found, gold fields, 1 non-article emitted, not tuned: "
        "the documents page, whose register the vendor's portlet draws, reads the side column's "
        "'THÔNG BÁO' box (dated, on every page) as its text",
    ),
    "kohana_vendor_pgd": (
        r"/lichcongtac/tuan/",
        "round 117 (blind): the week's work calendar ('LỊCH CÔNG TÁC TUẦN 48', dated, its text one "
        "table) reads as a dated post since stop 53 (its footer's 'Copyright © 2026' line had made "
        "the footer its text before, and the empty record was dropped); the gold calls it no news, "
        "vhv_school's and websphere_sgddt's count theirs: the convention weekly_calendar_pgd names",
    ),
    "lumen_vue_ssr_pgd": (
        r"/tin-tuc/anh-",
        "round 118 (blind): a photo album served under the article address with the post template "
        "reads as a post (the house's photo-post convention); not tuned",
    ),
    "drupal5_legacy_tct": (
        r"/book/ky-yeu|/node/415",
        "round 117 (blind): a book's root page (a dated intro paragraph over its table of contents) "
        "and an image node (one photo, its line and 'Ảnh gốc') read as articles; not tuned",
    ),
    "prestashop_blog_mamnon": (
        r"/content/6-",
        "round 116 (blind): the admissions page 'Thông tin tuyển sinh' (a CMS page, undated) reads as "
        "an article at its '/content/<id>-<slug>' address; naming 'Thông tin tuyển sinh' a standing "
        "page would drop dated admissions news that opens with the same words",
    ),
    "vbulletin5_thpt": (
        r"/forum/",
        "round 113 (blind), first crawl 13/13 found, 1 forum topic emitted, 112 of 117 fields; tuned at "
        "stop 51 to 117 of 117. The alumni forum's topic ('Diễn đàn › Cựu học sinh') reads as a post: "
        "naming 'cựu học sinh' a forum for talk dropped a Joomla portal's news section of that name "
        "(withdrawn), and reading every forum under 'Diễn đàn' not named for news as talk dropped "
        "XenForo's news forums (withdrawn)",
    ),
    "pavietnam_builder_mamnon": (
        r"/thuc-don/",
        "round 113 (blind), first crawl 13/13 found, 1 non-article emitted, 103 of 117 fields; tuned at "
        "stop 51 to 117 of 117 (a side box's 'DANH MỤC' over a table of links is no category label; a "
        "long row of fields 'Cập nhật: … | Ngày đăng: …' dates the post by its own label). A week's menu "
        "('Thực đơn tuần 4 tháng 11/2026', dated, under the trail 'Thực đơn') reads as a post of the kind, "
        "as the golds of zoho_sites_mamnon, emlog_mamnon, gridsome_mamnon and five more say; this helper's "
        "gold rules it out (the convention is open, the note says so)",
    ),
    "keystone_next_tct": (
        r"/dao-tao/trung-cap-ly-luan-chinh-tri-hanh-chinh",
        "round 102 (blind), first crawl 13/13 found, 1 record off (a typed '👉' the gold dropped: "
        "harmonised to the house's convention, the character is text); a training programme's page "
        "in the article layout (headline, 'Cập nhật' stamp, text, share tools, 'Chương trình khác') "
        "reads as an article: its only date is an update's, which the house reads as a vendor's "
        "date, and nothing but its section tells it from a post (not tuned)",
    ),
    "drupal9_barrio_sgddt": (
        r"/van-ban",
        "round 100 (blind): a document's entry under '/van-ban' (its fields, a line and the file) "
        "reads as an article (not tuned)",
    ),
    "medium_publication_pgd": (
        r"/video-",
        "round 98 (blind), first crawl 13/13 found, 13 records off (Medium's 'speechify-ignore' meta "
        "box, pictures only in <picture><source srcset>, generated atom classes read as names, a day "
        "printed without its year, the office's account 'PGD Tân Kỳ': tuned); a video story ('Video: …', "
        "an embedded player and a line) reads as an article, the house's convention for a 'Video:' "
        "news post (photo_posts_thpt, aspnetcore_loadmore_sgddt), which the helper's gold rules out",
    ),
    "hashnode_thpt": (
        r"/video-",
        "round 99 (blind), first crawl 13/13 found, 12 records off (the day printed in UTC, the "
        "JSON-LD's time the gold took: harmonised to the day printed; an embed's card: tuned); a "
        "video post ('Video: …', an embed's card and a line) reads as an article, the house's "
        "convention for a 'Video:' news post, which the helper's gold rules out",
    ),
    "bookstack_thpt": (
        r"/gioi-thieu/page/chao-mung",
        "round 98 (blind), first crawl 6/13 found (the creation time only in a relative date's "
        "tooltip, 'Được tạo <span title=…>3 tuần trước</span>', in the side box; a paragraph's "
        "anchor id of its own words 'bkmrk-theo-thong-ke-…' read as a visitor counter's name: tuned); "
        "the site's home page is a BookStack page that copies an article whole after its welcome "
        "lines, and that page at its own address reads as an article (not tuned: telling a page "
        "that holds another article whole from the article needs both read)",
    ),
    "wpcom_jetpack_thcs": (
        r"/video-",
        "round 85 (blind); its records at gold since stop 46 (a picture's data-url is read only where "
        "src shows a placeholder: the tiled gallery's src is the picture printed); a video post "
        "('Video: …', a player and a line) reads as an article, the convention the note leaves to the data team",
    ),
    "xenforo_thcs": (
        r"/resources/|/media/",
        "round 96 (blind), first crawl 0/13 found (the poster's heading, linked to the member's page, "
        "ended what the headline owns) and 85 requests for a budget of 63 (the posts' permalinks, "
        "'latest' and reactions); after tuning every record at gold in 51 requests; the Resource "
        "Manager's document entries (a description and a 'Tải về' button to '<entry>/download') and "
        "the Media Gallery's clip page read as articles",
    ),
    "flarum_thpt": (
        r"/d/(?:1|46)-",
        "round 95 (blind), first crawl 0/13 found (the discussions' text only in Flarum's <noscript> "
        "page for readers without scripts); after tuning every record at gold; the board's rules "
        "post ('Nội quy Bảng tin …', sticky in the announcements) and the term's timetable (a line "
        "and a table of session times) read as posts, which the helper's gold counts as no news",
    ),
    "substack_thpt": (
        r"/p/podcast-(?=\S)",
        "round 94 (blind), first crawl 13/13 found, 1 non-article, 13 records off (11 of them the "
        "gold's: a JSON-LD time the page never prints, harmonised to the day printed); after tuning "
        "every record at gold; the podcast post (an audio player and its show notes under /p/) reads "
        "as an article, as a 'Video:' post does (the convention the note leaves to the data team)",
    ),
    "hcm_edu_portal_thcs": (
        r"/video-clip/-/asset_publisher/(?=\S)",
        "round 94 (blind), first crawl 13/13 found, 1 non-article, 1 record off (tuned: a linked "
        "pointer to the post on Facebook is no text); the video library's clip page is read as an "
        "article whose text is the city department's notice portlet in the side column (its player "
        "is no embed the clip rule knows), not tuned",
    ),
    "cong_ttdt_huyen_pgd": (
        r"/lich-cong-tac\.aspx",
        "round 74 (blind): the office's weekly work calendar ('Lịch công tác tuần 49 (từ 30/11/2026 "
        "đến 06/12/2026)', a dated page of one table) is a non-article by the helper's gold, as in "
        "weekly_calendar_pgd; vhv_school and websphere_sgddt count theirs as articles. The convention "
        "the data team is asked to settle (the issue note says so), not tuned either way"
    ),
    "webcake_mamnon": (
        r"/thu-vien-anh|/tin-tuc\?category_id=",
        "round 87 (blind): the photo library's page (photos in absolutely placed image blocks, no "
        "text), and at times a category's list page, read the site's footer section (address, "
        "phone, counters) as their text, its footer being no footer element; a rule scoring boxes "
        "under a footer-named section down changed other portals' choices and was not kept"
    ),
    "godaddy_builder_thcs": (
        r"/blog/f/video-",
        "round 87 (blind): a blog post that is a YouTube clip and a line ('Video: Tiết mục văn nghệ "
        "…') is a non-article by the helper's gold, as wpcom_jetpack_thcs's; aspnetcore_loadmore_sgddt, "
        "moodle_sitenews_thpt and photo_posts_thpt count such 'Video: …' news posts as articles. "
        "Reading a 'Video:' headline as a clip's entry was tried and lost those three: the "
        "convention is the data team's to settle"
    ),
    "webtruonghoc_mamnon": (
        r"/lich-hoc\.html",
        "round 89 (blind): the kindergarten's daily routine page ('Chế độ sinh hoạt một ngày của "
        "trẻ') is read as an article, not tuned; first crawl 13/13 found, "
        "its one record off (a divider strip drawn 24 pixels high read as a photo) tuned"
    ),
    "drupal10_olivero_sgddt": (
        r"/huong-dan-tuyen-sinh/",
        "a Drupal book's undated guidance pages: reached first from the sitemap they stay pages, "
        "reached first through the book's table of contents (an undated list of links, read as a "
        "listing) they come out as articles, as an undated post reached from a listing must",
    ),
}


#: KNOWN_EXTRA_PAGES entries whose page is emitted or not by the order pages are fetched in (the
#: others must still emit theirs, or the entry is stale)
EXTRA_PAGES_AT_TIMES = frozenset({"drupal10_olivero_sgddt"})
assert EXTRA_PAGES_AT_TIMES.issubset(KNOWN_EXTRA_PAGES)


#: portals where known articles are not reached (a regex of their addresses) while everything
#: else is at gold: the test xfails while they are missing and fails when one is found
KNOWN_MISSING_ARTICLES = {
    "liferay62_ddl_records_thpt": (
        r"recordId=31162",
        "round 156 (blind), first crawl 12/13 found, 94/108 fields (the record view's label 'Xem "
        "Tin tức' taken for the headline over the record's h4: tuned, 108/108); one record of "
        "'Hoạt động chuyên môn' is not read as a post: the portlet's title, which the page's <title> "
        "repeats, wins over its h4 headline (there 'Tin tức', a generic trail step, loses), and the "
        "page reads as a section's",
    ),
    "liferay71_tct": (
        r"/van-ban-chi-dao/",
        "round 73 (blind), first crawl 10/13 found: the three web contents of 'Văn bản chỉ đạo' print "
        "the document's register box ('Số/Ký hiệu', 'Ngày ban hành', 'Loại văn bản') over their text; "
        "the helper's gold counts them as articles, the house reads a page with the register's fields "
        "as a document entry (crawler.plan's record_page: some 430 non-article pages of the fixture "
        "portals, and no gold article before these three). A convention for the data team to settle "
        "(the issue note says so), not tuned either way"
    ),
    "tag_topics_only_sgddt": (
        r"-12\.html",
        "round 71 (blind), first crawl 13/14 found: one post is in no topic and off every category "
        "page, reached only through the tag pages ('Từ khóa:' links, /tag/<slug>.html). The crawler "
        "does not walk tag pages (a site's tags multiply its lists by the posts' keywords: the "
        "request budget); the topic pages ('Chủ đề', paged) it walks"
    ),
    "sitecore_sxa_sgddt": (
        r"/2026/09/",
        "the two oldest posts of 'Hoạt động ngành' are listed only by SXA's search results "
        "endpoint (/sxa/search/results/?s=…&itemid=…&p=6&e=12), whose address only the component's "
        "data-properties JSON and SXA's own script put together ('Xem thêm' has no address, the "
        "page selector links '#e=6'); the crawler reads no SXA component (round 33)",
    ),
}


def test_every_fixture_portal_is_collected() -> None:
    # a new fixture module joins this suite by defining GOLD and build_site; none may slip out
    assert len(PORTALS) >= 20, [m.NAME for m in PORTALS]


@pytest.mark.parametrize("module", PORTALS, ids=[m.NAME for m in PORTALS])
@pytest_twisted.ensureDeferred
async def test_fixture_portal_from_its_start_url(module: ModuleType, tmp_path: Path) -> None:
    result = await crawl_portal_in_process(
        module, tmp_path, settings=getattr(module, "CRAWL_SETTINGS", None)
    )
    assert result.returncode == 0, result.log[-3000:]
    # (a callback that raises goes on as a traceback in the log and a page not read: a multipart
    # WebForms form did so at stop 56, seen only as one article missing)
    assert "Spider error processing" not in result.log, result.log[result.log.find("Spider error processing") :][:3000]
    problems = compare(result, module)
    assert [errors_of(r) for r in result.records if errors_of(r)] == []
    pages = page_requests(result)
    budget = REQUEST_BUDGET * real_page_count(module)
    untuned = module.NAME in KNOWN_UNTUNED
    # (an untuned portal may go over its budget by a quarter at most: the overrun is part of its open work)
    assert len(pages) <= (budget * 5 // 4 if untuned or module.NAME in BUDGET_SLACK else budget), pages
    assert result.manifest is not None and result.manifest["finish_reason"] == "finished"
    if untuned:
        over = (
            [f"{len(pages)} page requests against a budget of {budget}"]
            if len(pages) > budget
            else []
        )
        assert problems + over != [], f"{module.NAME} is at gold: remove it from KNOWN_UNTUNED"
        pytest.xfail(
            f"{len(problems)} difference(s) from gold{', ' + over[0] if over else ''}, not yet tuned: {KNOWN_UNTUNED[module.NAME]}"
        )
    missing = KNOWN_MISSING_ARTICLES.get(module.NAME)
    if missing is not None:
        unreached = [
            p for p in problems if p.startswith("missing article") and re.search(missing[0], p)
        ]
        assert [p for p in problems if p not in unreached] == []
        assert unreached, (
            f"the known missing articles of {module.NAME} are found: remove it from KNOWN_MISSING_ARTICLES"
        )
        pytest.xfail(f"{len(unreached)} known article(s) not reached: {missing[1]}")
    order = FETCH_ORDER_FIELDS.get(module.NAME)
    if order is not None:
        tolerated = [p for p in problems if re.search(order[0], p)]
        problems = [p for p in problems if p not in tolerated]
        if tolerated and not problems:
            pytest.xfail(f"{len(tolerated)} fetch-order dependent field(s): {order[1]}")
    extra = KNOWN_EXTRA_PAGES.get(module.NAME)
    gap = KNOWN_FIELD_GAPS.get(module.NAME)
    if extra is not None:
        allowed = [
            p for p in problems if p.startswith("emitted a non-article") and re.search(extra[0], p)
        ]
        problems = [p for p in problems if p not in allowed]
        if gap is None:
            assert problems == []
            # a stale entry would let the page back in unseen if it came back with another fault
            assert allowed or module.NAME in EXTRA_PAGES_AT_TIMES, (
                f"no known non-article page of {module.NAME} is emitted any more: remove it from KNOWN_EXTRA_PAGES"
            )
        if allowed and not problems:
            pytest.xfail(f"{len(allowed)} known non-article page(s) emitted: {extra[1]}")
    if gap is not None:
        discovery = [
            p
            for p in problems
            if p.startswith(("missing article", "emitted a non-article", "article emitted twice"))
        ]
        assert discovery == []
        assert problems != [], (
            f"the known gap of {module.NAME} is closed: remove it from KNOWN_FIELD_GAPS"
        )
        pytest.xfail(f"{len(problems)} field(s) differ: {gap}")
    assert problems == []
