"""Hugo + Wowchemy (Hugo Blox) "research group" site of a political school's research office.

Platform
    A static site built with Hugo 0.12x and the Wowchemy 5.7 "research group" starter, made by a
    lecturer for the Phòng Quản lý khoa học - Thông tin tư liệu (research office) of the Trường
    Chính trị tỉnh Phú Thọ and deployed as plain files (Netlify-like host). Site language ``vi``:
    Hugo's ``time.Format`` localises Wowchemy's default ``date_format`` "Jan 2, 2006" with the
    CLDR Vietnamese month names, so dates print as "thg 11 20, 2026". ``enableGitInfo`` is on: the
    page's *Lastmod* is the last git commit touching the file. Posts are written either in the
    editor (front matter dates with the local offset, or a bare day) or through the Decap CMS admin
    (dates saved in UTC, ``…Z``). Raw HTML in Markdown is allowed (``unsafe: true``) and the
    lecturer pasted official notices and bylines from the school's main portal as HTML.

URL scheme (everything is a directory with an ``index.html``; query strings are ignored)
    /                              home: slider, latest posts, notice box, publications, events,
                                   people, contact
    /post/ , /post/page/<n>/       news list, 5 a page, only « » arrows; /post/page/1/ is a Hugo
                                   alias stub (meta refresh) to /post/
    /post/<slug>/                  a news post (page bundle: its images live under it)
    /post/<slug>/index.html        the same file (linked from the hand-kept notice box)
    /post/<slug>                   301 to the slash form (the host's "pretty URLs")
    /post/<old-slug>/              Hugo ``aliases``: 200 stubs with <meta http-equiv=refresh>
    /category/<term>/ [page/<n>/]  taxonomy lists; terms are urlized with their accents kept, so
                                   hrefs are percent-encoded UTF-8 (/category/ho%E1%BA%A1t-…/)
    /tag/<term>/                   tag lists (same encoding)
    /authors/<name>/               author profiles (latest 3 items) or bare term lists for authors
                                   without a profile (/authors/%C4%91%E1%BB%97-quang-huy/)
    /publication/ , /publication/<slug>/   research papers: author list, abstract, PDF / Trích dẫn
                                   (cite.bib) / DOI buttons: bibliographic entries
    /event/ , /event/<slug>/       seminars: time, place, abstract, Slides button
    /gioi-thieu/ , /lien-he/       intro and contact pages
    /index.xml, /post/index.xml, <list>/index.xml   RSS (10 latest); /sitemap.xml; /robots.txt

Page templates
    Wowchemy's ``article`` (h1, optional ``page-subtitle``, ``article-metadata`` with author links,
    date, reading time and category, featured image with ``article-header-caption``, the content in
    ``div.article-style``, tags badges, share box, author card, "Liên quan" list), the ``pub``
    template for publications and events, ``universal-wrapper`` lists in the compact view, the
    people/profile template, and the lecturer's own chrome: a red top bar with the build day
    ("Thứ Bảy, 05/12/2026"), and a pre-footer with "Tin đọc nhiều", a Google-Forms poll, a links
    drop-down and a busuanzi visitor counter.

How each gold article is reached
    /post/ lists 5 posts a page: P1-P5 on /post/, P6-P10 on /post/page/2/, P11-P13 on
    /post/page/3/. The home page shows P1-P4 (+ P2, P7 in the slider); categories list them again
    ("Hoạt động khoa học" has 6 posts: P12 is on its page 2 only). P12 (Sinh hoạt chuyên đề Văn
    kiện Đại hội XIV) is reachable only through page 3 of /post/ or page 2 of its category (and
    the sitemap). Tag pages, author pages and "Liên quan" lists give more ways to the others.

Traps
    1. Visible date = git Lastmod. A post page prints "Cập nhật lần cuối thg 12 1, 2026" (the
       day a bulk commit touched every older post), never its publication day; the publication
       instant is only in ``<meta property="article:published_time">`` / JSON-LD
       ``datePublished`` (and as a bare day in the listings). Gold: the published time.
    2. Localised Go dates. Listings print "thg 11 6, 2026" (month first, CLDR "thg"
       abbreviation, no leading zero): a day-first reader gets 11 June. Gold: 2026-11-06….
    3. UTC from the CMS. P5 was saved by Decap CMS as "2026-11-19T23:40:00Z": the meta says
       "+00:00", the listing and the text say the 19th, yet the post went up at 06:40 on the
       20th, Vietnam time. Gold: "2026-11-20T06:40:00+07:00".
    4. Midnight means "no time". Posts whose front matter holds a bare day print
       "…T00:00:00+07:00" in the meta. Gold: the day alone ("2026-11-28").
    5. Hugo alias stubs and URL twins. Renamed posts keep their old slug as a 200 page holding
       only ``<meta http-equiv="refresh">`` + canonical (linked from the home notice box and from
       another post's text); the notice box links /post/<slug>/index.html; one "Xem thêm" line
       links the slash-less form (301). Gold: one article each, the twins in ``alt_paths``.
    6. Bylines in three places. The metadata line prints author-profile *titles* with degrees
       ("ThS. Nguyễn Thị Thu Hà", "CN. Hoàng Thị Lan") -> names without them; the profile
       ``admin`` is titled "Ban Biên tập" -> nobody; a right-aligned pasted line at the end
       ("Tin, ảnh: Hoàng Thị Lan", "Tin: Lê Văn Bình - Ảnh: Đỗ Quang Huy", a unit "Phòng
       QLKH-TTTL") is the real byline; the author card (role, bio) under the text is chrome.
    7. Captions. The featured image's header caption "Ảnh: Hoàng Thị Lan" only credits
       (caption None, photographer Hoàng Thị Lan) while another is "(Đoàn công tác …)" (caption
       without parentheses); figure captions get "Hình 1:" from CSS only (``data-pre``), not in
       the text; the pasted images' captions are centred italic paragraphs under them (caption,
       not body); a gallery shortcode keeps its captions in ``data-caption``/``alt`` only (caption
       None: the page prints no line); a figcaption "Ảnh: Đỗ Quang Huy" is a credit (None).
       P7's featured image is ``preview_only``: it is the listing thumbnail, the slider picture
       and the og:image, but the article does not print it: not one of its images.
    8. Goldmark footnotes and in-page TOC. Calls are bare ``<sup><a class="footnote-ref">1``
       (not text: "…công việc”," not "…công việc”1,"), the notes sit after an ``<hr>`` in
       ``div.footnotes`` with a "↩︎" back-link (notes are body, the arrow is not);
       ``<details class="toc-inpage">`` "Mục lục" repeats the headings before the text (not body).
    9. Entries that look like posts. /publication/ and /event/ pages use the same ``h1`` +
       ``article-metadata`` + author list + abstract layout, the publications even keep the
       starter's "Supplementary notes can be added here…" text: they are bibliographic and
       calendar entries, not articles. Author profiles (bio paragraphs) are not articles either.
    10. An official notice pasted as HTML (P1): letterhead table "TỈNH ỦY PHÚ THỌ / TRƯỜNG CHÍNH
        TRỊ TỈNH | ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 215-TB/TCT", "Phú Thọ, ngày 30 tháng 11 năm
        2026", "THÔNG BÁO / Về việc …", then "Nơi nhận" and "K/T HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG
        … Trần Minh Đức". Gold: date 2026-11-30 (not the meta's 12-04), author Trần Minh Đức,
        body without letterhead, kind/subject and closing; the attachment line is not body.
    11. Decomposed text. P9's paragraphs were pasted from a PDF report in NFD (combining tone
        marks). Gold: NFC.
    12. Percent-encoded taxonomy URLs (accents kept by Hugo's urlize) and pagination with only
        « » arrows: the older posts are two hops down a chain of arrow links.
    13. Links that are no links: the search modal's ``<script type="text/x-template">`` holds
        ``href="{{relpermalink}}"`` (404 if followed), the publication type links to
        "/publication/#2", the people menu item to "/#people", and every list and term page
        advertises an ``index.xml`` feed. Nothing here is an article.

Gold decisions on ambiguous points
    - published_at: the ``article:published_time`` instant expressed in +07:00 (the page prints it
      with its time in the meta and JSON-LD); midnight -> the day alone; the visible "Cập nhật lần
      cuối" date is never used. P1 (official notice): the letterhead day.
    - summary: Wowchemy's ``page-subtitle`` (a full lead sentence printed as its own element
      under the title) is the sapo and the body's first paragraph; a bold first paragraph is the
      sapo too; the meta description (Hugo's automatic summary) alone is not.
    - category: the term printed in ``span.article-categories`` (one per post); there is no
      breadcrumb on this platform.
    - images: the featured image first (it is the article's own photo), then the content photos in
      order; the path is the ``src`` as printed (Hugo's processed rendition, not the srcset's
      larger ones, not the gallery's full-size link); the chart in P9 is an article image.
    - callouts (``div.alert``) inside the content are the article's text; headings, list items,
      table rows (header row included) and quotes are paragraphs; "- " typed before lines split
      by ``<br>`` stays.
    - the source line "Theo Báo Phú Thọ điện tử" under the signature -> source "Báo Phú Thọ
      điện tử", the name above it -> author.
    - the profile ``admin`` ("Ban Biên tập") is a CMS account: nobody; a person's name without a
      profile ("Đỗ Quang Huy") is an author as printed.
"""

from __future__ import annotations

import hashlib
import html as _html
import json
import re
from datetime import date, datetime, timedelta, timezone
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "hugo_wowchemy_tct"
PLATFORM = "Hugo + Wowchemy 5.7 (Hugo Blox) research-group theme, static files"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
SITE_TITLE = "Phòng Quản lý khoa học - Thông tin tư liệu"
SITE_SHORT = "Phòng QLKH - TTTL"
SCHOOL = "Trường Chính trị tỉnh Phú Thọ"
ICT = timezone(timedelta(hours=7))
PER_PAGE = 5

# --- helpers of the platform ------------------------------------------------------------------


def _md5(seed: str) -> str:
    return hashlib.md5(seed.encode("utf-8")).hexdigest()


def _size(seed: str) -> int:
    return 40000 + int(_md5(seed)[:5], 16) % 900000


def hugo_img(bundle: str, name: str, spec: str, ext: str = "webp", orig: str = "jpg") -> str:
    """A Hugo-processed image rendition in a page bundle, named as Hugo names it."""
    seed = bundle + name + "." + orig
    return f"{bundle}{name}_hu{_md5(seed)}_{_size(seed)}_{spec}.{ext}"


def urlize(term: str) -> str:
    """Hugo's urlize with removePathAccents off: lower case, spaces to '-', punctuation out."""
    s = term.lower().replace(",", "").replace("–", "").replace("&", "")
    return re.sub(r"\s+", "-", s.strip())


def term_url(kind: str, term: str) -> str:
    return f"/{kind}/{quote(urlize(term))}/"


def vi_short(d: date) -> str:
    """Wowchemy's "Jan 2, 2006" through Hugo's vi locale."""
    return f"thg {d.month} {d.day}, {d.year}"


def vi_clock(t: datetime) -> str:
    """Wowchemy's "3:04 PM" through the vi locale (SA/CH)."""
    hour = t.hour % 12 or 12
    return f"{hour}:{t.minute:02d} {'SA' if t.hour < 12 else 'CH'}"


def go_offset(t: datetime) -> str:
    """Go layout 2006-01-02T15:04:05-07:00."""
    return t.isoformat(timespec="seconds")


def go_z(t: datetime) -> str:
    """Go layout 2006-01-02T15:04:05Z07:00 (UTC prints Z)."""
    s = t.isoformat(timespec="seconds")
    return s[:-6] + "Z" if s.endswith("+00:00") else s


_TAG = re.compile(r"<[^>]+>")


def plain(markup: str) -> str:
    return re.sub(r"\s+", " ", _html.unescape(_TAG.sub(" ", markup))).strip()


def auto_summary(markup: str) -> str:
    """Hugo's automatic summary: 70 words, carried on to the end of the sentence."""
    words = plain(markup).split()
    if len(words) <= 70:
        return " ".join(words)
    out = words[:70]
    for w in words[70:110]:
        if out[-1].endswith((".", "!", "?", ":")):
            break
        out.append(w)
    return " ".join(out)


# --- people -----------------------------------------------------------------------------------

PROFILES = {
    "admin": {
        "title": "Ban Biên tập",
        "role": "Trang thông tin Phòng QLKH - TTTL",
        "bio": "Ban Biên tập trang thông tin khoa học của Trường Chính trị tỉnh Phú Thọ.",
        "group": None,
    },
    "nguyen-thi-thu-ha": {
        "title": "ThS. Nguyễn Thị Thu Hà",
        "role": "Trưởng phòng Quản lý khoa học - Thông tin tư liệu",
        "bio": "Giảng viên chính, nghiên cứu về xây dựng Đảng và chính quyền cơ sở. Phụ trách "
        "hoạt động nghiên cứu khoa học và biên tập ấn phẩm Thông tin khoa học của Nhà trường.",
        "group": "Lãnh đạo phòng",
        "interests": ["Xây dựng Đảng", "Chính quyền cơ sở", "Đánh giá cán bộ"],
        "edu": ("Thạc sĩ Chính trị học, 2014", "Học viện Chính trị quốc gia Hồ Chí Minh"),
        "email": "thuha.tct@phutho.gov.vn",
    },
    "tran-minh-duc": {
        "title": "TS. Trần Minh Đức",
        "role": "Phó Hiệu trưởng",
        "bio": "Phó Hiệu trưởng phụ trách công tác nghiên cứu khoa học, hợp tác và thông tin tư "
        "liệu. Chủ nhiệm nhiều đề tài khoa học cấp tỉnh về xây dựng đội ngũ cán bộ.",
        "group": "Lãnh đạo phòng",
        "interests": ["Quản lý nhà nước", "Tổ chức cán bộ"],
        "edu": ("Tiến sĩ Quản lý công, 2019", "Học viện Hành chính quốc gia"),
        "email": "minhduc.tct@phutho.gov.vn",
    },
    "le-van-binh": {
        "title": "ThS. Lê Văn Bình",
        "role": "Giảng viên Khoa Xây dựng Đảng",
        "bio": "Giảng viên Khoa Xây dựng Đảng, cộng tác viên thường xuyên của Phòng QLKH - TTTL.",
        "group": "Cộng tác viên",
        "interests": ["Tư tưởng Hồ Chí Minh", "Công tác cán bộ"],
        "edu": ("Thạc sĩ Xây dựng Đảng và Chính quyền nhà nước, 2017", "Học viện Chính trị khu vực I"),
        "email": "levanbinh.tct@phutho.gov.vn",
    },
    "hoang-thi-lan": {
        "title": "CN. Hoàng Thị Lan",
        "role": "Chuyên viên Phòng QLKH - TTTL",
        "bio": "Chuyên viên thông tin tư liệu, phụ trách cập nhật tin bài và thư viện số.",
        "group": "Chuyên viên",
        "interests": ["Thông tin - thư viện", "Chuyển đổi số"],
        "edu": ("Cử nhân Thông tin - Thư viện, 2016", "Trường Đại học Văn hóa Hà Nội"),
        "email": "hoanglan.tct@phutho.gov.vn",
    },
}
PROFILE_ORDER = ["nguyen-thi-thu-ha", "tran-minh-duc", "le-van-binh", "hoang-thi-lan"]


def author_url(key: str) -> str:
    return f"/authors/{quote(key if key in PROFILES else urlize(key))}/"


def author_name(key: str) -> str:
    return PROFILES[key]["title"] if key in PROFILES else key


def avatar(key: str) -> str:
    return hugo_img(f"/authors/{key}/", "avatar", "270x270_fill_q75_lanczos_center", "jpg")


# --- the posts --------------------------------------------------------------------------------

CAT_KH = "Hoạt động khoa học"
CAT_DT = "Đào tạo, bồi dưỡng"
CAT_TB = "Thông báo"
CATEGORIES = [CAT_KH, CAT_DT, CAT_TB]
TAG_HT, TAG_XA, TAG_CDS, TAG_NCKH = "hội thảo", "cán bộ cấp xã", "chuyển đổi số", "nghiên cứu khoa học"
TAGS = [TAG_HT, TAG_XA, TAG_CDS, TAG_NCKH]

BULK_COMMIT = "2026-12-01T21:05:33+07:00"


def _t(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _bundle(slug: str) -> str:
    return f"/post/{slug}/"


def _featured(slug: str) -> str:
    return hugo_img(_bundle(slug), "featured", "720x2500_fit_q75_h2_lanczos_3")


def _fig(slug: str, name: str, orig: str = "jpg") -> str:
    return hugo_img(_bundle(slug), name, "760x0_resize_q75_h2_lanczos", "webp", orig)


def _thumb(slug: str, name: str) -> str:
    return hugo_img(_bundle(slug) + "gallery/", name, "750x750_fit_q75_lanczos", "jpg")


_S1 = "thong-bao-dang-ky-de-tai-khoa-hoc-cap-truong-nam-2027"
_S2 = "hoi-thao-khoa-hoc-nang-cao-chat-luong-boi-duong-can-bo-cap-xa"
_S3 = "toa-dam-van-dung-tu-tuong-ho-chi-minh-ve-can-bo"
_S4 = "khai-giang-lop-trung-cap-ly-luan-chinh-tri-khoa-112"
_S5 = "nghiem-thu-de-tai-khoa-hoc-cap-tinh-ve-doi-ngu-can-bo-chu-chot-cap-xa"
_S6 = "boi-duong-kien-thuc-chuyen-doi-so-cho-can-bo-cong-chuc-cap-xa"
_S7 = "hoi-nghi-tong-ket-cong-tac-nghien-cuu-khoa-hoc-nam-hoc-2025-2026"
_S8 = "giang-vien-dat-giai-nhat-hoi-thi-giang-vien-day-gioi-cap-tinh-2026"
_S9 = "ket-qua-khao-sat-nhu-cau-boi-duong-cua-can-bo-cap-xa-nam-2026"
_S10 = "lich-sinh-hoat-khoa-hoc-thang-11-2026"
_S11 = "doan-cong-tac-hoc-tap-kinh-nghiem-tai-hoc-vien-chinh-tri-khu-vuc-i"
_S12 = "sinh-hoat-chuyen-de-nhung-diem-moi-trong-van-kien-dai-hoi-xiv"
_S13 = "tuyen-chon-bai-viet-dang-thong-tin-khoa-hoc-so-4-2026"

_P3_OLD = "/post/toa-dam-tu-tuong-hcm-ve-can-bo/"
_P8_OLD = "/post/giang-vien-tham-gia-hoi-thi-gvdg/"

_LETTERHEAD = (
    '<table class="tb-vb" style="width:100%;border:0;margin-bottom:12px">\n<tbody>\n<tr>\n'
    '<td style="width:42%;text-align:center;vertical-align:top">TỈNH ỦY PHÚ THỌ<br>\n'
    "<strong>TRƯỜNG CHÍNH TRỊ TỈNH</strong><br>\n*</td>\n"
    '<td style="text-align:center;vertical-align:top"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u>'
    "</strong></td>\n</tr>\n<tr>\n"
    '<td style="text-align:center">Số: 215-TB/TCT</td>\n'
    '<td style="text-align:right"><em>Phú Thọ, ngày 30 tháng 11 năm 2026</em></td>\n'
    "</tr>\n</tbody>\n</table>\n"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br>\n'
    "<strong>Về việc đăng ký đề tài khoa học cấp trường năm 2027</strong><br>\n-----</p>"
)
_CLOSING = (
    '<table class="tb-vb" style="width:100%;border:0">\n<tbody>\n<tr>\n'
    '<td style="width:50%;vertical-align:top;font-size:13px"><strong><em>Nơi nhận:</em></strong>'
    "<br>\n- Đảng ủy, Ban Giám hiệu,<br>\n- Các khoa, phòng,<br>\n- Lưu: VT, QLKH-TTTL.</td>\n"
    '<td style="text-align:center;vertical-align:top"><strong>K/T HIỆU TRƯỞNG<br>\n'
    "PHÓ HIỆU TRƯỞNG</strong><br>\n<br>\n<em>(Đã ký)</em><br>\n<br>\n"
    "<strong>Trần Minh Đức</strong></td>\n</tr>\n</tbody>\n</table>\n"
    f'<p class="dinh-kem" style="font-size:14px"><strong>Tệp đính kèm:</strong> '
    f'<a href="/post/{_S1}/mau-phieu-dang-ky-de-tai-2027.docx">Mẫu phiếu đăng ký đề tài khoa học '
    "cấp trường (.docx)</a></p>"
)


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


STORIES: list[Story] = [
    Story(
        1, _S1, "Thông báo về việc đăng ký đề tài khoa học cấp trường năm 2027", CAT_TB,
        "2026-11-30",
        [
            Raw(_LETTERHEAD),
            P("Thực hiện Kế hoạch số 98-KH/TCT ngày 15/10/2026 của Trường Chính trị tỉnh Phú Thọ về "
              "hoạt động nghiên cứu khoa học năm 2027, Ban Giám hiệu thông báo đến các khoa, phòng và "
              "cán bộ, giảng viên việc đăng ký đề tài khoa học cấp trường năm 2027 như sau:"),
            P("1. Đối tượng đăng ký", "bold"),
            P("Cán bộ, giảng viên, viên chức đang công tác tại Nhà trường; khuyến khích giảng viên trẻ, "
              "giảng viên mới được tuyển dụng tham gia chủ nhiệm hoặc là thành viên đề tài."),
            P("2. Định hướng nghiên cứu", "bold"),
            P("Đổi mới nội dung, phương pháp giảng dạy lý luận chính trị theo hướng phát huy tính chủ "
              "động của học viên;", "li"),
            P("Nâng cao chất lượng đội ngũ cán bộ, công chức cấp xã sau sắp xếp đơn vị hành chính;", "li"),
            P("Ứng dụng công nghệ số trong quản lý đào tạo và khai thác tư liệu.", "li"),
            P("3. Hồ sơ và thời hạn đăng ký", "bold"),
            P("Hồ sơ gồm phiếu đăng ký đề tài (theo mẫu đính kèm) và bản thuyết minh sơ bộ, gửi về Phòng "
              "Quản lý khoa học - Thông tin tư liệu (phòng 204, nhà A) trước ngày 25/12/2026, đồng thời "
              "gửi bản điện tử qua địa chỉ qlkh.tct@phutho.gov.vn."),
            P("Ban Giám hiệu đề nghị các khoa, phòng phổ biến nội dung Thông báo này đến toàn thể cán "
              "bộ, giảng viên và tổ chức thực hiện nghiêm túc./."),
            Raw(_CLOSING),
        ],
        authors=["Trần Minh Đức"],
        opts={"date": "2026-12-04T09:00:00+07:00", "lastmod": "2026-12-04T09:12:40+07:00",
              "fm_authors": ["admin"], "tags": [TAG_NCKH], "minutes": 2},
    ),
    Story(
        2, _S2,
        "Hội thảo khoa học “Nâng cao chất lượng bồi dưỡng cán bộ cấp xã trong bối cảnh vận hành "
        "chính quyền địa phương hai cấp”",
        CAT_KH, "2026-12-02T15:45:00+07:00",
        [
            Img(_featured(_S2), "Ảnh: Hoàng Thị Lan", None, "featured"),
            P("Đồng chí Trần Minh Đức, Phó Hiệu trưởng Nhà trường chủ trì Hội thảo. Ban Tổ chức nhận "
              "được 42 bài tham luận, trong đó 12 tham luận được trình bày trực tiếp tại hội trường."),
            Img(_fig(_S2, "de-dan"), "Đồng chí Trần Minh Đức, Phó Hiệu trưởng phát biểu đề dẫn Hội thảo",
                "Đồng chí Trần Minh Đức, Phó Hiệu trưởng phát biểu đề dẫn Hội thảo", "figure"),
            P("Phát biểu đề dẫn, đồng chí Trần Minh Đức nhấn mạnh: sau hơn một năm vận hành mô hình "
              "chính quyền địa phương hai cấp, khối lượng công việc ở cấp xã tăng lên rõ rệt, đòi hỏi "
              "đội ngũ cán bộ, công chức phải được bồi dưỡng kịp thời cả về kiến thức quản lý nhà nước, "
              "kỹ năng số và năng lực giải quyết công việc trực tiếp với người dân."),
            P("Các tham luận tập trung làm rõ ba nhóm vấn đề: thực trạng năng lực của đội ngũ cán bộ "
              "cấp xã sau sắp xếp; những bất cập trong nội dung, chương trình bồi dưỡng hiện hành; đề "
              "xuất giải pháp đổi mới phương thức bồi dưỡng theo vị trí việc làm."),
            P("Nhiều ý kiến tiếp nối nội dung đã được trao đổi tại tọa đàm ngày 28/11, đề nghị Nhà "
              "trường xây dựng các chuyên đề ngắn hạn, gắn với tình huống thực tế ở cơ sở."),
            Img(_fig(_S2, "thao-luan"), "Các đại biểu trao đổi, thảo luận tại Hội thảo",
                "Các đại biểu trao đổi, thảo luận tại Hội thảo", "figure"),
            P("Kết luận Hội thảo, đồng chí Phó Hiệu trưởng ghi nhận chất lượng các tham luận và giao "
              "Phòng Quản lý khoa học - Thông tin tư liệu tiếp thu, tổng hợp các ý kiến để xuất bản kỷ "
              "yếu, đồng thời tham mưu điều chỉnh chương trình bồi dưỡng năm 2027."),
        ],
        authors=["Nguyễn Thị Thu Hà"], photographers=["Hoàng Thị Lan"],
        summary="Ngày 02/12/2026, Trường Chính trị tỉnh Phú Thọ tổ chức Hội thảo khoa học cấp trường "
        "với sự tham gia của gần 120 đại biểu là lãnh đạo các sở, ngành, đảng ủy các xã, phường và "
        "đội ngũ giảng viên Nhà trường.",
        sapo_outside=True,
        opts={"date": "2026-12-02T15:45:00+07:00", "lastmod": "2026-12-03T08:10:22+07:00",
              "fm_authors": ["nguyen-thi-thu-ha"], "tags": [TAG_HT, TAG_XA], "featured": True,
              "links": [("tọa đàm ngày 28/11", _P3_OLD)], "minutes": 3},
    ),
    Story(
        3, _S3,
        "Tọa đàm “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đánh giá cán bộ hiện nay”",
        CAT_KH, "2026-11-28",
        [
            P("Sáng 28/11, Khoa Xây dựng Đảng phối hợp với Phòng Quản lý khoa học - Thông tin tư liệu "
              "tổ chức tọa đàm khoa học dành cho đội ngũ giảng viên trẻ của Nhà trường.", "bold"),
            P("Theo các báo cáo viên, Chủ tịch Hồ Chí Minh coi cán bộ là “cái gốc của mọi công việc”, "
              "muôn việc thành công hoặc thất bại đều do cán bộ tốt hoặc kém."),
            P("Người chỉ rõ, muốn đánh giá đúng cán bộ phải xem xét cả quá trình, không chỉ nhìn vào "
              "một việc, một lúc; phải xem cán bộ “có gần gũi quần chúng, có được quần chúng tin cậy "
              "và mến phục không”."),
            Img(_fig(_S3, "toa-dam"), None, None, "figure"),
            P("Thảo luận tại tọa đàm, các giảng viên cho rằng việc đánh giá cán bộ theo kết quả, sản "
              "phẩm cụ thể theo các quy định mới của Trung ương là bước cụ thể hóa sinh động quan điểm "
              "của Người. Tuy nhiên, ở cấp xã, việc lượng hóa tiêu chí đánh giá vẫn còn lúng túng."),
            P("Kết thúc tọa đàm, Ban Tổ chức đề nghị các giảng viên tiếp tục nghiên cứu, lồng ghép nội "
              "dung này vào bài giảng các chuyên đề thuộc chương trình trung cấp lý luận chính trị."),
            P("Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.309.", "fn"),
            P("Hồ Chí Minh: Toàn tập, Sđd, t.5, tr.314.", "fn"),
        ],
        authors=["Lê Văn Bình", "Đỗ Quang Huy"],
        summary="Sáng 28/11, Khoa Xây dựng Đảng phối hợp với Phòng Quản lý khoa học - Thông tin tư "
        "liệu tổ chức tọa đàm khoa học dành cho đội ngũ giảng viên trẻ của Nhà trường.",
        opts={"date": "2026-11-28T00:00:00+07:00", "lastmod": BULK_COMMIT,
              "fm_authors": ["le-van-binh", "Đỗ Quang Huy"], "tags": [TAG_HT],
              "fncalls": [("của mọi công việc”", 1), ("và mến phục không”", 2)],
              "em": ["Toàn tập"], "aliases": [_P3_OLD], "minutes": 2},
    ),
    Story(
        4, _S4, "Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 112", CAT_DT,
        "2026-11-25T08:20:00+07:00",
        [
            P("Sáng 25/11/2026, tại cơ sở 2, Trường Chính trị tỉnh Phú Thọ tổ chức Lễ khai giảng lớp "
              "Trung cấp lý luận chính trị hệ không tập trung khóa 112 cho 96 học viên là cán bộ, công "
              "chức các xã, phường khu vực phía Nam của tỉnh."),
            Img(f"/post/{_S4}/IMG_20261125_081532.jpg", "Quang cảnh Lễ khai giảng",
                "Quang cảnh Lễ khai giảng", "pasted"),
            P("Phát biểu khai giảng, đồng chí Hiệu trưởng Nhà trường đề nghị học viên xác định rõ mục "
              "tiêu, động cơ học tập đúng đắn; chấp hành nghiêm quy chế đào tạo, nội quy lớp học; tích "
              "cực liên hệ thực tiễn địa phương, cơ quan, đơn vị trong quá trình học tập."),
            P("Lớp học được tổ chức trong 8 tháng, gồm 5 phần học với 19 học phần, học vào các ngày thứ "
              "Năm, thứ Sáu và thứ Bảy hằng tuần. Đây là lớp thứ ba Nhà trường mở tại cơ sở 2 kể từ "
              "khi hợp nhất."),
            Img(f"/post/{_S4}/IMG_20261125_090214.jpg", "Đại diện học viên phát biểu tại buổi lễ",
                "Đại diện học viên phát biểu tại buổi lễ", "pasted"),
            P("Thay mặt học viên, đồng chí Nguyễn Văn Toàn, Phó Chủ tịch UBND xã Tam Dương bày tỏ "
              "quyết tâm hoàn thành tốt nhiệm vụ học tập, vận dụng kiến thức được trang bị vào thực "
              "tiễn công tác."),
            _right("<strong>Tin, ảnh: Hoàng Thị Lan</strong>"),
        ],
        authors=["Hoàng Thị Lan"], photographers=["Hoàng Thị Lan"],
        opts={"date": "2026-11-25T08:20:00+07:00", "lastmod": BULK_COMMIT,
              "fm_authors": ["admin"], "tags": [], "minutes": 2},
    ),
    Story(
        5, _S5, "Nghiệm thu đề tài khoa học cấp tỉnh về xây dựng đội ngũ cán bộ chủ chốt cấp xã",
        CAT_KH, "2026-11-20T06:40:00+07:00",
        [
            Img(_featured(_S5), "Hội đồng nghiệm thu làm việc tại Trường Chính trị tỉnh",
                "Hội đồng nghiệm thu làm việc tại Trường Chính trị tỉnh", "featured"),
            P("Chiều 19/11/2026, Hội đồng Khoa học và Công nghệ chuyên ngành do Sở Khoa học và Công nghệ "
              "thành lập đã họp đánh giá, nghiệm thu đề tài. Thành phần Hội đồng gồm:"),
            P("TT | Họ và tên | Chức danh trong Hội đồng", "tr"),
            P("1 | PGS.TS. Nguyễn Văn Thắng | Chủ tịch Hội đồng", "tr"),
            P("2 | TS. Đinh Thị Hồng Nhung | Phản biện 1", "tr"),
            P("3 | TS. Bùi Quang Hải | Phản biện 2", "tr"),
            P("4 | ThS. Vũ Thị Thanh Tâm | Ủy viên, thư ký", "tr"),
            P("Đề tài được triển khai trong 18 tháng, khảo sát 1.250 cán bộ chủ chốt tại 60 xã, phường; "
              "đã làm rõ cơ sở lý luận, đánh giá thực trạng và đề xuất 5 nhóm giải pháp xây dựng đội "
              "ngũ cán bộ chủ chốt cấp xã trong giai đoạn mới."),
            P("Các thành viên Hội đồng đánh giá cao tính cấp thiết, ý nghĩa thực tiễn của đề tài; đồng "
              "thời đề nghị chủ nhiệm đề tài bổ sung một số số liệu so sánh trước và sau khi sắp xếp "
              "đơn vị hành chính, làm rõ hơn lộ trình thực hiện các giải pháp."),
            P("Với kết quả bỏ phiếu, Hội đồng thống nhất xếp loại đề tài đạt mức Xuất sắc."),
        ],
        authors=["Trần Minh Đức"],
        summary="Hội đồng Khoa học và Công nghệ tỉnh đã nghiệm thu đề tài “Xây dựng đội ngũ cán bộ chủ "
        "chốt cấp xã tỉnh Phú Thọ đáp ứng yêu cầu vận hành chính quyền địa phương hai cấp” do TS. "
        "Trần Minh Đức làm chủ nhiệm, xếp loại Xuất sắc.",
        sapo_outside=True,
        opts={"date": "2026-11-19T23:40:00+00:00", "lastmod": BULK_COMMIT,
              "fm_authors": ["tran-minh-duc"], "tags": [TAG_NCKH, TAG_XA], "minutes": 2},
    ),
    Story(
        6, _S6, "Bồi dưỡng kiến thức chuyển đổi số cho cán bộ, công chức cấp xã", CAT_DT,
        "2026-11-16T10:00:00+07:00",
        [
            P("Từ ngày 10 đến ngày 14/11/2026, Trường Chính trị tỉnh phối hợp với Sở Khoa học và Công "
              "nghệ tổ chức lớp bồi dưỡng kiến thức chuyển đổi số cho 150 cán bộ, công chức làm công "
              "tác văn phòng, một cửa tại các xã, phường."),
            P("Học viên được giới thiệu tổng quan về chuyển đổi số trong cơ quan nhà nước; kỹ năng khai "
              "thác Cổng dịch vụ công quốc gia, hệ thống quản lý văn bản và điều hành; bảo đảm an toàn "
              "thông tin khi sử dụng chữ ký số và các ứng dụng trên thiết bị di động."),
            Img(_thumb(_S6, "thuc-hanh-mot-cua"), "Học viên thực hành trên hệ thống một cửa điện tử",
                None, "gallery"),
            Img(_thumb(_S6, "chu-ky-so"), "Giảng viên hướng dẫn sử dụng chữ ký số", None, "gallery"),
            Img(_thumb(_S6, "be-giang"), "Bế giảng lớp học", None, "gallery"),
            P("Bên cạnh phần lý thuyết, lớp học dành 50% thời lượng cho thực hành trên môi trường thử "
              "nghiệm, giúp học viên thao tác thành thạo các nghiệp vụ thường gặp. Kết thúc khóa học, "
              "100% học viên đạt yêu cầu và được cấp chứng chỉ."),
            Raw('<div style="position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;">\n'
                '  <iframe src="https://www.youtube.com/embed/k3Jd8sPq2Xw" style="position: absolute; '
                'top: 0; left: 0; width: 100%; height: 100%; border:0;" allowfullscreen '
                'title="YouTube Video"></iframe>\n</div>'),
            Raw(f'<p><strong>Xem thêm:</strong> <a href="/post/{_S11}">Đoàn công tác Nhà trường học '
                "tập kinh nghiệm tại Học viện Chính trị khu vực I</a></p>"),
        ],
        authors=["Hoàng Thị Lan"],
        opts={"date": "2026-11-16T10:00:00+07:00", "lastmod": BULK_COMMIT,
              "fm_authors": ["hoang-thi-lan"], "tags": [TAG_CDS, TAG_XA], "minutes": 2},
    ),
    Story(
        7, _S7, "Hội nghị tổng kết công tác nghiên cứu khoa học năm học 2025 - 2026", CAT_KH,
        "2026-11-12",
        [
            P("Ngày 11/11/2026, Trường Chính trị tỉnh Phú Thọ tổ chức Hội nghị tổng kết công tác nghiên "
              "cứu khoa học năm học 2025 - 2026 và triển khai nhiệm vụ năm học 2026 - 2027."),
            P("Kết quả nổi bật", "h2"),
            P("Trong năm học, Nhà trường đã chủ trì 01 đề tài cấp tỉnh, nghiệm thu 09 đề tài cấp trường; "
              "tổ chức 02 hội thảo khoa học, 06 tọa đàm; xuất bản 04 số Thông tin khoa học với 86 bài "
              "viết. Có 21 lượt bài viết của giảng viên được đăng trên các tạp chí chuyên ngành và báo "
              "Trung ương, địa phương."),
            P("Hoạt động nghiên cứu thực tế của giảng viên được duy trì nền nếp, gắn với các chuyên đề "
              "giảng dạy; nhiều kết quả nghiên cứu được vận dụng trực tiếp vào bài giảng, góp phần nâng "
              "cao chất lượng đào tạo, bồi dưỡng."),
            Img(_fig(_S7, "toan-canh"), "Toàn cảnh Hội nghị tổng kết", "Toàn cảnh Hội nghị tổng kết",
                "figure"),
            P("Hạn chế và nguyên nhân", "h2"),
            P("Bên cạnh kết quả đạt được, số lượng giảng viên trẻ tham gia chủ nhiệm đề tài còn ít; một "
              "số đề tài chậm tiến độ; việc ứng dụng kết quả nghiên cứu vào thực tiễn địa phương chưa "
              "được theo dõi, đánh giá thường xuyên."),
            P("Nhiệm vụ năm học 2026 - 2027", "h2"),
            P("Hội nghị thống nhất tập trung nghiên cứu các vấn đề mới phát sinh từ thực tiễn vận hành "
              "chính quyền địa phương hai cấp; đẩy mạnh số hóa tư liệu, xây dựng cơ sở dữ liệu bài "
              "giảng dùng chung; tăng cường hợp tác nghiên cứu với Học viện Chính trị khu vực I và các "
              "trường chính trị trong vùng."),
            P("Dịp này, Nhà trường khen thưởng 05 tập thể và 14 cá nhân có thành tích xuất sắc trong "
              "hoạt động nghiên cứu khoa học."),
            _right("<strong>Minh Hằng</strong><br>\n<em>Theo Báo Phú Thọ điện tử</em>"),
        ],
        authors=["Minh Hằng"], source="Báo Phú Thọ điện tử",
        opts={"date": "2026-11-12T00:00:00+07:00", "lastmod": BULK_COMMIT, "fm_authors": [],
              "tags": [TAG_NCKH], "toc": True, "featured": True, "minutes": 2},
    ),
    Story(
        8, _S8, "Giảng viên Nhà trường đạt giải Nhất Hội thi giảng viên dạy giỏi cấp tỉnh năm 2026",
        CAT_DT, "2026-11-06T14:00:00+07:00",
        [
            P("Với bài giảng “Phát huy vai trò của Mặt trận Tổ quốc trong giám sát và phản biện xã hội "
              "ở cơ sở”, ThS. Phạm Thị Ngọc, giảng viên Khoa Lý luận cơ sở đã xuất sắc giành giải Nhất "
              "Hội thi giảng viên dạy giỏi cấp tỉnh năm 2026.", "bold"),
            P("Hội thi do Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức từ ngày 03 đến ngày 05/11/2026, với "
              "sự tham gia của 38 giảng viên đến từ Trường Chính trị tỉnh, các trường cao đẳng và báo "
              "cáo viên của các đảng bộ trực thuộc."),
            Img(_fig(_S8, "thi-giang"), "ThS. Phạm Thị Ngọc trong phần thi giảng bài",
                "ThS. Phạm Thị Ngọc trong phần thi giảng bài", "figure"),
            P("Mỗi thí sinh trải qua hai phần thi: trình bày bản thiết kế bài giảng và thi giảng trực "
              "tiếp trong 45 phút. Ban Giám khảo đánh giá cao việc các giảng viên Nhà trường sử dụng "
              "linh hoạt phương pháp nêu vấn đề, tình huống gắn với thực tiễn ở cơ sở."),
            Img(_fig(_S8, "trao-giai"), "Ảnh: Đỗ Quang Huy", None, "figure"),
            P("Ngoài giải Nhất, Nhà trường còn có 02 giảng viên đạt giải Ba và 01 giảng viên đạt giải "
              "Khuyến khích."),
            _right("<em>Tin: Lê Văn Bình - Ảnh: Đỗ Quang Huy</em>"),
        ],
        authors=["Lê Văn Bình"], photographers=["Đỗ Quang Huy"],
        summary="Với bài giảng “Phát huy vai trò của Mặt trận Tổ quốc trong giám sát và phản biện xã "
        "hội ở cơ sở”, ThS. Phạm Thị Ngọc, giảng viên Khoa Lý luận cơ sở đã xuất sắc giành giải Nhất "
        "Hội thi giảng viên dạy giỏi cấp tỉnh năm 2026.",
        opts={"date": "2026-11-06T14:00:00+07:00", "lastmod": BULK_COMMIT,
              "fm_authors": ["le-van-binh"], "tags": [], "aliases": [_P8_OLD], "minutes": 2},
    ),
    Story(
        9, _S9, "Kết quả khảo sát nhu cầu bồi dưỡng của cán bộ cấp xã năm 2026", CAT_KH,
        "2026-10-30T16:30:00+07:00",
        [
            P("Nhằm có cơ sở xây dựng kế hoạch bồi dưỡng năm 2027 sát với nhu cầu thực tế, từ tháng 8 "
              "đến tháng 10/2026, Phòng Quản lý khoa học - Thông tin tư liệu phối hợp với các khoa "
              "chuyên môn tiến hành khảo sát trực tuyến đối với cán bộ, công chức các xã, phường trên "
              "địa bàn tỉnh.", "nfd"),
            P("Có 2.146 phiếu hợp lệ được thu về. Kết quả cho thấy nhu cầu bồi dưỡng tập trung nhiều nhất "
              "ở các lĩnh vực: kỹ năng số và khai thác dữ liệu (chiếm 68,4%), quản lý đất đai và xây "
              "dựng (52,7%), kỹ năng tiếp công dân, giải quyết khiếu nại, tố cáo (47,1%).", "nfd"),
            Img(_fig(_S9, "bieu-do-1", "png"),
                "Biểu đồ 1. Nhu cầu bồi dưỡng của cán bộ cấp xã theo lĩnh vực (%)",
                "Biểu đồ 1. Nhu cầu bồi dưỡng của cán bộ cấp xã theo lĩnh vực (%)", "figure"),
            P("Về hình thức, phần lớn người trả lời mong muốn các lớp ngắn ngày (từ 3 đến 5 ngày), kết "
              "hợp học trực tuyến và trực tiếp; ưu tiên tổ chức tại cơ sở hoặc theo cụm xã để giảm thời "
              "gian đi lại.", "nfd"),
            P("Toàn văn báo cáo kết quả khảo sát đã được gửi tới các khoa, phòng qua hệ thống quản lý "
              "văn bản; cán bộ, giảng viên cần tham khảo số liệu chi tiết xin liên hệ Phòng Quản lý "
              "khoa học - Thông tin tư liệu.", "callout"),
            P("Kết quả khảo sát là căn cứ quan trọng để Nhà trường đề xuất điều chỉnh chương trình, nội "
              "dung bồi dưỡng theo hướng thiết thực, hiệu quả hơn."),
        ],
        authors=["Nguyễn Thị Thu Hà", "Lê Văn Bình"],
        opts={"date": "2026-10-30T16:30:00+07:00", "lastmod": BULK_COMMIT,
              "fm_authors": ["nguyen-thi-thu-ha", "le-van-binh"], "tags": [TAG_XA, TAG_CDS],
              "minutes": 2},
    ),
    Story(
        10, _S10, "Lịch sinh hoạt khoa học tháng 11/2026", CAT_TB, "2026-10-27",
        [
            P("Phòng Quản lý khoa học - Thông tin tư liệu thông báo lịch sinh hoạt khoa học của các khoa "
              "trong tháng 11/2026 như sau:"),
            P("- Thứ Tư, 04/11/2026: Khoa Lý luận cơ sở - Chuyên đề “Giảng dạy kinh tế chính trị cho "
              "học viên cấp xã”;", "br"),
            P("- Thứ Tư, 11/11/2026: Khoa Nhà nước và pháp luật - Chuyên đề “Thẩm quyền của chính quyền "
              "cấp xã theo Luật Tổ chức chính quyền địa phương năm 2025”;", "br"),
            P("- Thứ Tư, 18/11/2026: Khoa Xây dựng Đảng - Chuyên đề “Sinh hoạt chi bộ ở cơ sở sau sắp "
              "xếp”;", "br"),
            P("- Thứ Tư, 25/11/2026: Khoa Dân vận - Chuyên đề “Công tác dân vận trong xây dựng nông "
              "thôn mới”.", "br"),
            P("Thời gian: 14h00; địa điểm: Phòng họp số 2, nhà A. Đề nghị các khoa chuẩn bị nội dung, gửi "
              "báo cáo chuyên đề về Phòng trước buổi sinh hoạt ít nhất 03 ngày."),
        ],
        opts={"date": "2026-10-27T00:00:00+07:00", "lastmod": BULK_COMMIT,
              "fm_authors": ["admin"], "tags": [], "minutes": 1},
    ),
    Story(
        11, _S11, "Đoàn công tác Nhà trường học tập kinh nghiệm tại Học viện Chính trị khu vực I",
        CAT_DT, "2026-10-21T09:30:00+07:00",
        [
            Img(_featured(_S11), "(Đoàn công tác chụp ảnh lưu niệm tại Học viện Chính trị khu vực I)",
                "Đoàn công tác chụp ảnh lưu niệm tại Học viện Chính trị khu vực I", "featured"),
            P("Tại buổi làm việc, lãnh đạo Học viện đã chia sẻ kinh nghiệm trong đổi mới chương trình "
              "cao cấp lý luận chính trị, tổ chức nghiên cứu thực tế và ứng dụng công nghệ thông tin "
              "trong quản lý đào tạo."),
            P("Hai bên thống nhất tăng cường phối hợp trong bồi dưỡng, nâng cao trình độ cho đội ngũ "
              "giảng viên; trao đổi tài liệu, kết quả nghiên cứu; mời giảng viên Học viện tham gia giảng "
              "dạy một số chuyên đề chuyên sâu."),
            P("Chuyến công tác giúp Nhà trường có thêm nhiều kinh nghiệm quý trong triển khai nhiệm vụ "
              "chính trị năm học 2026 - 2027."),
        ],
        authors=["Đỗ Quang Huy"],
        summary="Từ ngày 19 đến 20/10/2026, đoàn công tác Trường Chính trị tỉnh Phú Thọ do đồng chí "
        "Hiệu trưởng làm trưởng đoàn đã đến thăm và học tập kinh nghiệm tại Học viện Chính trị khu "
        "vực I.",
        sapo_outside=True,
        opts={"date": "2026-10-21T09:30:00+07:00", "lastmod": BULK_COMMIT,
              "fm_authors": ["Đỗ Quang Huy"], "tags": [], "minutes": 1},
    ),
    Story(
        12, _S12, "Sinh hoạt chuyên đề “Những điểm mới trong Văn kiện Đại hội XIV của Đảng”", CAT_KH,
        "2026-10-14T14:00:00+07:00",
        [
            P("Chiều 14/10/2026, Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề “Những điểm mới trong "
              "Văn kiện Đại hội XIV của Đảng” với sự tham gia của toàn thể giảng viên các khoa chuyên "
              "môn.", "bold"),
            P("Báo cáo viên đã làm rõ những điểm mới về chủ đề Đại hội, về mục tiêu phát triển đất nước "
              "đến năm 2030, tầm nhìn đến năm 2045; về các đột phá chiến lược và nhiệm vụ xây dựng, "
              "chỉnh đốn Đảng trong kỷ nguyên mới."),
            P("“Đổi mới phương pháp giảng dạy không chỉ là thay đổi cách trình bày mà trước hết là đổi "
              "mới cách tiếp cận vấn đề, gắn lý luận với hơi thở của cuộc sống.”", "quote"),
            P("Đồng chí Trưởng khoa Xây dựng Đảng nhấn mạnh như vậy khi kết luận buổi sinh hoạt. Các "
              "giảng viên đã trao đổi về cách thức đưa nội dung Văn kiện vào bài giảng, đặc biệt với các "
              "lớp bồi dưỡng cán bộ cơ sở có thời lượng ngắn."),
        ],
        authors=["Lê Văn Bình"],
        summary="Chiều 14/10/2026, Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề “Những điểm mới "
        "trong Văn kiện Đại hội XIV của Đảng” với sự tham gia của toàn thể giảng viên các khoa chuyên "
        "môn.",
        opts={"date": "2026-10-14T14:00:00+07:00", "lastmod": BULK_COMMIT,
              "fm_authors": ["le-van-binh"], "tags": [], "minutes": 1},
    ),
    Story(
        13, _S13, "Thông báo tuyển chọn bài viết đăng Thông tin khoa học số 4/2026", CAT_TB,
        "2026-10-08",
        [
            P("Thông tin khoa học là ấn phẩm lưu hành nội bộ của Trường Chính trị tỉnh Phú Thọ, phát hành "
              "định kỳ 03 tháng/số. Phòng Quản lý khoa học - Thông tin tư liệu trân trọng đề nghị cán "
              "bộ, giảng viên và cộng tác viên gửi bài cho số 4/2026."),
            P("Bài viết về các vấn đề lý luận chính trị, kinh nghiệm giảng dạy, nghiên cứu thực tế ở cơ "
              "sở;", "li"),
            P("Độ dài từ 2.500 đến 4.000 chữ, soạn thảo trên Microsoft Word, phông chữ Times New Roman, "
              "cỡ chữ 14;", "li"),
            P("Ghi rõ họ tên, học hàm, học vị, đơn vị công tác và số điện thoại của tác giả.", "li"),
            P("Hạn nhận bài: trước ngày 15/11/2026. Bài gửi về địa chỉ thư điện tử "
              "qlkh.tct@phutho.gov.vn.", "callout"),
            P("Bài viết được chọn đăng sẽ được trả nhuận bút theo quy định của Nhà trường."),
            _right("<strong>Phòng QLKH-TTTL</strong>"),
        ],
        authors=["Phòng QLKH-TTTL"],
        opts={"date": "2026-10-08T00:00:00+07:00", "lastmod": BULK_COMMIT,
              "fm_authors": ["admin"], "tags": [TAG_NCKH], "minutes": 1},
    ),
]
BY_SLUG = {s.slug: s for s in STORIES}


def pub_time(story: Story) -> datetime:
    return _t(story.opts["date"])


def list_day(story: Story) -> date:
    """The day Hugo prints in listings: the .Date in its own zone (UTC for the CMS post)."""
    return pub_time(story).date()


def post_url(story: Story) -> str:
    return f"/post/{story.slug}/"


def posts_in(cat: str | None = None, tag: str | None = None, author: str | None = None) -> list[Story]:
    out = []
    for s in STORIES:
        if cat and s.cat != cat:
            continue
        if tag and tag not in s.opts["tags"]:
            continue
        if author and author not in s.opts["fm_authors"]:
            continue
        out.append(s)
    return sorted(out, key=pub_time, reverse=True)


def related(story: Story) -> list[Story]:
    """Hugo's related content on tags, includeNewer = false."""
    mine = set(story.opts["tags"])
    if not mine:
        return []
    scored = [
        (len(mine & set(o.opts["tags"])), pub_time(o), o)
        for o in STORIES
        if o is not story and pub_time(o) < pub_time(story) and mine & set(o.opts["tags"])
    ]
    scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [o for _, _, o in scored[:5]]


# --- publications, events, pages ----------------------------------------------------------------

PUBLICATIONS = [
    {
        "slug": "chuyen-doi-so-trong-giang-day-ly-luan-chinh-tri",
        "title": "Chuyển đổi số trong giảng dạy lý luận chính trị ở trường chính trị cấp tỉnh: "
        "thực trạng và giải pháp",
        "authors": ["nguyen-thi-thu-ha", "le-van-binh"],
        "equal": True,
        "date": date(2026, 10, 1),
        "publish": "2026-11-18T10:00:00+07:00",
        "type": ("2", "Bài báo tạp chí"),
        "venue": "<em>Tạp chí Lý luận chính trị và Truyền thông</em>, số 10/2026",
        "doi": "10.63412/llct.2026.10.07",
        "abstract": "Bài viết phân tích thực trạng ứng dụng công nghệ số trong giảng dạy các môn lý "
        "luận chính trị tại trường chính trị cấp tỉnh qua khảo sát 212 giảng viên và 1.140 học viên; "
        "chỉ ra những rào cản về hạ tầng, học liệu số và kỹ năng của người dạy, từ đó đề xuất bốn nhóm "
        "giải pháp đẩy mạnh chuyển đổi số trong hoạt động giảng dạy.",
        "tags": [TAG_CDS],
    },
    {
        "slug": "boi-duong-can-bo-cap-xa-sau-sap-xep-don-vi-hanh-chinh",
        "title": "Bồi dưỡng cán bộ, công chức cấp xã sau sắp xếp đơn vị hành chính: yêu cầu mới đối "
        "với trường chính trị tỉnh",
        "authors": ["tran-minh-duc", "hoang-thi-lan"],
        "equal": False,
        "date": date(2026, 12, 2),
        "publish": "2026-12-03T14:00:00+07:00",
        "type": ("1", "Báo cáo hội thảo"),
        "venue": "<em>Kỷ yếu Hội thảo khoa học “Nâng cao chất lượng bồi dưỡng cán bộ cấp xã trong "
        "bối cảnh vận hành chính quyền địa phương hai cấp”</em>, Trường Chính trị tỉnh Phú Thọ",
        "doi": None,
        "abstract": "Tham luận khái quát những thay đổi về chức năng, nhiệm vụ và khối lượng công việc "
        "của chính quyền cấp xã sau sắp xếp; xác định yêu cầu đổi mới nội dung, chương trình, phương "
        "thức bồi dưỡng và vai trò của trường chính trị tỉnh trong đáp ứng các yêu cầu đó.",
        "tags": [TAG_XA, TAG_HT],
    },
]
PUB_BY_SLUG = {p["slug"]: p for p in PUBLICATIONS}

EVENTS = [
    {
        "slug": "toa-dam-chuyen-doi-so-trong-giang-day-thang-12-2026",
        "title": "Tọa đàm “Chuyển đổi số trong giảng dạy lý luận chính trị: cơ hội và thách thức”",
        "start": "2026-12-18T08:00:00+07:00",
        "end": "2026-12-18T11:00:00+07:00",
        "event": "Sinh hoạt khoa học tháng 12/2026",
        "location": "Phòng họp số 2, nhà A, Trường Chính trị tỉnh Phú Thọ",
        "address": "Phường Việt Trì, tỉnh Phú Thọ",
        "authors": ["nguyen-thi-thu-ha"],
        "abstract": "Tọa đàm trao đổi kinh nghiệm xây dựng bài giảng điện tử, khai thác học liệu số "
        "và sử dụng hệ thống quản lý học tập trong giảng dạy các chuyên đề lý luận chính trị.",
        "body": "Giảng viên có tham luận gửi bài về Phòng Quản lý khoa học - Thông tin tư liệu trước "
        "ngày 12/12/2026.",
    },
    {
        "slug": "hoi-thao-khoa-hoc-cap-truong-2026",
        "title": "Hội thảo khoa học cấp trường năm 2026",
        "start": "2026-12-02T14:00:00+07:00",
        "end": "2026-12-02T16:30:00+07:00",
        "event": "Hội thảo khoa học cấp trường",
        "location": "Hội trường A, Trường Chính trị tỉnh Phú Thọ",
        "address": "Phường Việt Trì, tỉnh Phú Thọ",
        "authors": ["tran-minh-duc"],
        "abstract": "Nâng cao chất lượng bồi dưỡng cán bộ cấp xã trong bối cảnh vận hành chính quyền "
        "địa phương hai cấp.",
        "body": "",
    },
]
EVENT_BY_SLUG = {e["slug"]: e for e in EVENTS}

# --- markup: chrome -----------------------------------------------------------------------------

_FONTS = ("https://fonts.googleapis.com/css2?family=Montserrat:wght@400;700&family=Roboto+Mono"
          "&family=Roboto:wght@400;400italic;700&display=swap")
_CSS = "/css/wowchemy.2f4d1e6b0d2a77ad3c5c1e1ee6b0a9a4.css"
_LOGO = hugo_img("/media/", "logo", "0x70_resize_lanczos_3", "png", "png")
_ICON = hugo_img("/media/", "icon", "32x32_fill_lanczos_center_3", "png", "png")


def _menu() -> str:
    cats = "\n".join(
        f'            <a class="dropdown-item" href="{term_url("category", c)}"><span>{esc(c)}</span></a>'
        for c in CATEGORIES
    )
    return f"""<header class="header--fixed">
  <nav class="navbar navbar-expand-lg navbar-light compensate-for-scrollbar" id="navbar-main">
    <div class="container-xl">
      <div class="d-none d-lg-inline-flex">
        <a class="navbar-brand" href="/"><img src="{_LOGO}" alt="{SITE_SHORT}" height="70"></a>
      </div>
      <button type="button" class="navbar-toggler" data-toggle="collapse"
              data-target="#navbar-content" aria-controls="navbar-content" aria-expanded="false" aria-label="Ẩn/hiện menu">
        <span><i class="fas fa-bars"></i></span>
      </button>
      <div class="navbar-brand-mobile-wrapper d-inline-flex d-lg-none">
        <a class="navbar-brand" href="/"><img src="{_LOGO}" alt="{SITE_SHORT}"></a>
      </div>
      <div class="navbar-collapse main-menu-item collapse justify-content-start" id="navbar-content">
        <ul class="navbar-nav d-md-inline-flex">
          <li class="nav-item"><a class="nav-link " href="/"><span>Trang chủ</span></a></li>
          <li class="nav-item"><a class="nav-link " href="/gioi-thieu/"><span>Giới thiệu</span></a></li>
          <li class="nav-item dropdown">
            <a href="#" class="nav-link dropdown-toggle" data-toggle="dropdown" aria-haspopup="true"><span>Tin tức</span><span class="caret"></span></a>
            <div class="dropdown-menu">
            <a class="dropdown-item" href="/post/"><span>Tất cả tin bài</span></a>
{cats}
            </div>
          </li>
          <li class="nav-item dropdown">
            <a href="#" class="nav-link dropdown-toggle" data-toggle="dropdown" aria-haspopup="true"><span>Nghiên cứu</span><span class="caret"></span></a>
            <div class="dropdown-menu">
              <a class="dropdown-item" href="/publication/"><span>Công trình khoa học</span></a>
              <a class="dropdown-item" href="/event/"><span>Hội thảo - Tọa đàm</span></a>
              <a class="dropdown-item" href="https://thuvien.truongchinhtri.phutho.gov.vn/" target="_blank" rel="noopener"><span>Thư viện số</span></a>
            </div>
          </li>
          <li class="nav-item"><a class="nav-link " href="/#people" data-target="#people"><span>Đội ngũ</span></a></li>
          <li class="nav-item"><a class="nav-link " href="/lien-he/"><span>Liên hệ</span></a></li>
        </ul>
      </div>
      <ul class="nav-icons navbar-nav flex-row ml-auto d-flex pl-md-2">
        <li class="nav-item"><a class="nav-link js-search" href="#" aria-label="Tìm kiếm"><i class="fas fa-search" aria-hidden="true"></i></a></li>
        <li class="nav-item dropdown theme-dropdown">
          <a href="#" class="nav-link" data-toggle="dropdown" aria-haspopup="true" aria-label="Giao diện"><i class="fas fa-moon" aria-hidden="true"></i></a>
          <div class="dropdown-menu">
            <a href="#" class="dropdown-item js-set-theme-light"><span>Sáng</span></a>
            <a href="#" class="dropdown-item js-set-theme-dark"><span>Tối</span></a>
            <a href="#" class="dropdown-item js-set-theme-auto"><span>Tự động</span></a>
          </div>
        </li>
      </ul>
    </div>
  </nav>
</header>"""


def _topbar() -> str:
    return f"""<div id="tct-topbar" style="background:#8b1a1a;color:#fff;font-size:.78rem;padding:4px 0">
  <div class="container-xl d-flex justify-content-between">
    <span class="ngay-thang"><i class="far fa-calendar-alt"></i> {TODAY_LINE}</span>
    <span><a style="color:#fff" href="https://truongchinhtri.phutho.gov.vn/" target="_blank" rel="noopener">Cổng TTĐT {SCHOOL}</a>
      &nbsp;|&nbsp; <a style="color:#fff" href="/lien-he/">Liên hệ</a>
      &nbsp;|&nbsp; <a style="color:#fff" href="/index.xml"><i class="fas fa-rss"></i> RSS</a></span>
  </div>
</div>"""


_SEARCH = """<aside class="search-modal" id="search">
  <div class="container">
    <section class="search-header">
      <div class="row no-gutters justify-content-between mb-3">
        <div class="col-6"><h1>Tìm kiếm</h1></div>
        <div class="col-6 col-search-close">
          <a class="js-search" href="#" aria-label="Đóng"><i class="fas fa-times-circle text-muted" aria-hidden="true"></i></a>
        </div>
      </div>
      <div id="search-box">
        <input name="q" id="search-query" placeholder="Tìm kiếm..." autocapitalize="off"
        autocomplete="off" autocorrect="off" spellcheck="false" type="search" class="form-control"
        aria-label="Tìm kiếm...">
      </div>
    </section>
    <section class="section-search-results">
      <div id="search-hits"></div>
    </section>
  </div>
</aside>"""


def _prefooter() -> str:
    most = [BY_SLUG[s] for s in (_S2, _S5, _S7, _S4)]
    items = "\n".join(
        f'        <li><a href="{post_url(s)}">{esc(s.title)}</a></li>' for s in most
    )
    return f"""<section id="tct-chan-trang" class="home-section" style="background:#f7f3ee;padding:30px 0">
  <div class="container-xl"><div class="row">
    <div class="col-md-4 ktt-box" id="box-12">
      <h5 class="ktt-tieude">Tin đọc nhiều</h5>
      <ol class="ktt-ds">
{items}
      </ol>
    </div>
    <div class="col-md-4 ktt-box" id="box-13">
      <h5 class="ktt-tieude">Thăm dò ý kiến</h5>
      <form action="https://docs.google.com/forms/d/e/1FAIpQLSdq8v3tct2026khaosat/formResponse" method="post" target="_blank">
        <p class="ktt-cauhoi">Bạn đánh giá thế nào về ấn phẩm Thông tin khoa học của Nhà trường?</p>
        <label><input type="radio" name="entry.1088231" value="Rất hữu ích"> Rất hữu ích</label><br>
        <label><input type="radio" name="entry.1088231" value="Hữu ích"> Hữu ích</label><br>
        <label><input type="radio" name="entry.1088231" value="Bình thường"> Bình thường</label><br>
        <button type="submit" class="btn btn-sm btn-outline-primary">Biểu quyết</button>
      </form>
    </div>
    <div class="col-md-4 ktt-box" id="box-14">
      <h5 class="ktt-tieude">Liên kết website</h5>
      <select class="form-control form-control-sm" onchange="if(this.value)window.open(this.value)">
        <option value="">-- Chọn liên kết --</option>
        <option value="https://hcma.vn/">Học viện Chính trị quốc gia Hồ Chí Minh</option>
        <option value="https://hcma1.hcma.vn/">Học viện Chính trị khu vực I</option>
        <option value="https://phutho.gov.vn/">Cổng TTĐT tỉnh Phú Thọ</option>
        <option value="https://baophutho.vn/">Báo Phú Thọ điện tử</option>
      </select>
      <h5 class="ktt-tieude mt-3">Thống kê truy cập</h5>
      <ul class="ktt-thongke list-unstyled">
        <li>Đang online: <b id="busuanzi_value_site_uv_online">17</b></li>
        <li>Hôm nay: <b id="busuanzi_value_today_pv">342</b></li>
        <li>Tổng truy cập: <b id="busuanzi_value_site_pv">1.204.587</b></li>
      </ul>
    </div>
  </div></div>
</section>"""


_CITE_MODAL = """<div id="modal" class="modal fade" role="dialog">
  <div class="modal-dialog">
    <div class="modal-content">
      <div class="modal-header">
        <h5 class="modal-title">Trích dẫn</h5>
        <button type="button" class="close" data-dismiss="modal" aria-label="Close"><span aria-hidden="true">&times;</span></button>
      </div>
      <div class="modal-body"><pre><code class="tex hljs"></code></pre></div>
      <div class="modal-footer">
        <a class="btn btn-outline-primary my-1 js-copy-cite" href="#" target="_blank"><i class="fas fa-copy"></i> Sao chép</a>
        <a class="btn btn-outline-primary my-1 js-download-cite" href="#" target="_blank"><i class="fas fa-download"></i> Tải về</a>
        <div id="modal-error"></div>
      </div>
    </div>
  </div>
</div>"""


def _footer() -> str:
    return f"""<div class="page-footer">
  <div class="container">
    <footer class="site-footer">
      <p class="powered-by">{SITE_TITLE} - {SCHOOL}<br>
        Địa chỉ: Phòng 204, nhà A, đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ<br>
        Điện thoại: 0210 3846 123 - Email: <a href="mailto:qlkh.tct@phutho.gov.vn">qlkh.tct@phutho.gov.vn</a></p>
      <p class="powered-by">© 2026 {SITE_SHORT}. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>
      <p class="powered-by">
        Published with <a href="https://wowchemy.com/?utm_campaign=poweredby" target="_blank" rel="noopener">Wowchemy</a>
        — the free, <a href="https://github.com/wowchemy/wowchemy-hugo-themes" target="_blank" rel="noopener">open source</a> website builder that empowers creators.
      </p>
    </footer>
  </div>
</div>
{_CITE_MODAL}
<script src="/js/vendor-bundle.min.f1ecf783c14edc00c9320c205831ad8e.js"></script>
<script id="search-hit-fuse-template" type="text/x-template">
  <div class="search-hit" id="summary-{{{{key}}}}"><div class="search-hit-content"><div class="search-hit-name">
  <a href="{{{{relpermalink}}}}">{{{{title}}}}</a><div class="article-metadata search-hit-type">{{{{type}}}}</div>
  <p class="search-hit-description">{{{{snippet}}}}</p></div></div></div>
</script>
<script>const search_config = {{"indexURI":"/index.json","minLength":1,"threshold":0.3,"type":"fuse"}};
const i18n = {{"no_results":"Không tìm thấy kết quả","placeholder":"Tìm kiếm...","results":"kết quả"}};
const content_type = {{"event":"Sự kiện","page":"Trang","post":"Bài viết","project":"Dự án","publication":"Công trình","slides":"Slides"}};</script>
<script src="/en/js/wowchemy.min.0c8e3a5b5a6f36f45bb5d5a0c3c66c3f.js"></script>
<script async src="//busuanzi.ibruce.info/busuanzi/2.3/busuanzi.pure.mini.js"></script>"""


def chrome(request: Request, path: str, title: str, main: str, *, head: str = "",
           description: str = "", canonical: bool = True, body_class: str = "") -> str:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{path}" />\n  ' if canonical else ""
    return f"""<!DOCTYPE html><!-- This site was created with Wowchemy. https://www.wowchemy.com -->
<!-- Last Published: December 5, 2026 --><html lang="vi" >

<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge" />
  <meta name="generator" content="Wowchemy 5.7.0 for Hugo" />
  <link rel="preconnect" href="https://fonts.gstatic.com" crossorigin />
  <link rel="preload" as="style" href="{_FONTS}">
  <link rel="stylesheet" href="{_FONTS}" media="print" onload="this.media='all'">
  <meta name="author" content="Ban Biên tập" />
  <meta name="description" content="{esc(description)}" />
  <link rel="alternate" hreflang="vi" href="{base}{path}" />
  {canon}<link rel="stylesheet" href="{_CSS}" />
  <link rel="manifest" href="/manifest.webmanifest" />
  <link rel="icon" type="image/png" href="{_ICON}" />
  <meta name="theme-color" content="#8b1a1a" />
  <link rel="alternate" href="/index.xml" type="application/rss+xml" title="{SITE_SHORT}" />
  {head}
  <title>{esc(title)}</title>
</head>

<body id="top" data-spy="scroll" data-offset="70" data-target="#TableOfContents" class="page-wrapper {body_class}" data-wc-page-id="{_md5(path)}" >
  <script src="/js/wowchemy-init.min.9e4214442a7711d35691acd58f6f6361.js"></script>
  {_SEARCH}
  <div class="page-header header--fixed">
  {_topbar()}
  {_menu()}
  </div>
  <div class="page-body">
{main}
{_prefooter()}
  </div>
{_footer()}
</body>
</html>
"""


# --- markup: article content --------------------------------------------------------------------


_CENTER = ' style="text-align:center"'
_HIGHLIGHT = ' class="author-highlighted"'


def _anchor(heading: str) -> str:
    s = re.sub(r"[^\w\s-]", "", heading.lower())
    return re.sub(r"\s", "-", s.strip())


def _inline(story: Story, value: str, style: str = "") -> str:
    out = text(value, nfd=(style == "nfd"))
    for anchor_text, href in story.opts.get("links", []):
        if esc(anchor_text) in out or anchor_text in out:
            out = out.replace(anchor_text, f'<a href="{href}">{anchor_text}</a>', 1)
    for word in story.opts.get("em", []):
        out = out.replace(word, f"<em>{word}</em>", 1)
    for after, n in story.opts.get("fncalls", []):
        if after in out:
            out = out.replace(
                after,
                f'{after}<sup id="fnref:{n}"><a href="#fn:{n}" class="footnote-ref" '
                f'role="doc-noteref">{n}</a></sup>',
                1,
            )
    return out


def _srcset(src: str) -> str:
    small = src.replace("_760x0_resize_", "_400x0_resize_")
    big = src.replace("_760x0_resize_", "_1200x1200_fit_")
    return f"{small} 400w,\n               {src} 760w,\n               {big} 1200w"


def content_html(story: Story) -> tuple[str, str]:
    """The rendered Markdown of a post (``div.article-style`` inner) and its footnotes."""
    parts: list[str] = []
    notes: list[str] = []
    blocks = list(story.blocks)
    i = 0
    fig_no = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            parts.append(b.html)
        elif isinstance(b, Img):
            if b.style == "featured":
                pass
            elif b.style == "figure":
                fig_no += 1
                cap = ""
                if b.printed:
                    cap = (f'<figcaption data-pre="Hình " data-post=":&nbsp;" class="numbered">\n'
                           f"      {esc(b.printed)}\n    </figcaption>")
                parts.append(
                    f'<figure  id="figure-{fig_no}">\n  <div class="d-flex justify-content-center">\n'
                    f'    <div class="w-100" ><img alt="{esc(b.printed or "")}" srcset="\n'
                    f'               {_srcset(b.src)}"\n               src="{b.src}"\n'
                    f'               width="760" height="507" loading="lazy" data-zoomable /></div>\n'
                    f"  </div>{cap}</figure>"
                )
            elif b.style == "pasted":
                parts.append(f'<p style="text-align:center"><img src="{b.src}" alt="" '
                             f'style="width:100%;max-width:700px"></p>')
                parts.append(f'<p style="text-align:center"><em>{esc(b.printed or "")}</em></p>')
            elif b.style == "gallery":
                items = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    g = blocks[i]
                    full = g.src.split("_hu")[0] + ".jpg"
                    items.append(
                        f'  <div class="gallery-item gallery-item--medium">\n'
                        f'    <a data-fancybox="gallery-gallery" href="{full}" '
                        f'data-caption="{esc(g.printed or "")}">\n'
                        f'      <img src="{g.src}" loading="lazy" alt="{esc(g.printed or "")}" '
                        f'width="750" height="500">\n    </a>\n  </div>'
                    )
                    i += 1
                parts.append('<div class="gallery-grid">\n' + "\n".join(items) + "\n</div>")
                continue
        elif isinstance(b, P):
            st = b.style
            if st in ("li", "tr", "br"):
                group = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == st:
                    group.append(blocks[i])
                    i += 1
                if st == "li":
                    parts.append("<ul>\n" + "\n".join(f"<li>{_inline(story, g.text)}</li>" for g in group)
                                 + "\n</ul>")
                elif st == "br":
                    parts.append("<p>" + "<br>\n".join(_inline(story, g.text) for g in group) + "</p>")
                else:
                    rows = [g.text.split(" | ") for g in group]
                    head = "".join(
                        f"\n<th{_CENTER if k == 0 else ''}>{esc(c)}</th>" for k, c in enumerate(rows[0])
                    )
                    body = "\n".join(
                        "<tr>"
                        + "".join(f"\n<td{_CENTER if k == 0 else ''}>{esc(c)}</td>" for k, c in enumerate(r))
                        + "\n</tr>"
                        for r in rows[1:]
                    )
                    parts.append(f"<table>\n<thead>\n<tr>{head}\n</tr>\n</thead>\n<tbody>\n{body}\n"
                                 "</tbody>\n</table>")
                continue
            if st == "h2":
                parts.append(f'<h2 id="{_anchor(b.text)}">{esc(b.text)}</h2>')
            elif st == "bold":
                parts.append(f"<p><strong>{_inline(story, b.text)}</strong></p>")
            elif st == "quote":
                parts.append(f"<blockquote>\n<p>{_inline(story, b.text)}</p>\n</blockquote>")
            elif st == "callout":
                parts.append(f'<div class="alert alert-note">\n  <div>\n    {_inline(story, b.text)}\n'
                             "  </div>\n</div>")
            elif st == "fn":
                n = len(notes) + 1
                notes.append(
                    f'<li id="fn:{n}">\n<p>{_inline(story, b.text)}&#160;<a href="#fnref:{n}" '
                    f'class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p>\n</li>'
                )
            else:
                parts.append(f"<p>{_inline(story, b.text, st)}</p>")
        i += 1
    foot = ""
    if notes:
        foot = ('<div class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n' + "\n".join(notes)
                + "\n</ol>\n</div>")
    return "\n".join(parts), foot


def _toc(story: Story) -> str:
    heads = [b.text for b in story.blocks if isinstance(b, P) and b.style == "h2"]
    items = "\n".join(f'    <li><a href="#{_anchor(h)}">{esc(h)}</a></li>' for h in heads)
    return (f'<details class="toc-inpage d-print-none  " open>\n  <summary class="font-weight-bold">'
            f'Mục lục</summary>\n  <nav id="TableOfContents">\n  <ul>\n{items}\n  </ul>\n</nav>\n'
            "</details>\n")


def _authors_line(keys: list[str], highlight: bool = True) -> str:
    spans = []
    for k in keys:
        cls = ' class="author-highlighted"' if highlight and k == "nguyen-thi-thu-ha" else ""
        spans.append(f'<span{cls}>\n      <a href="{author_url(k)}">{esc(author_name(k))}</a></span>')
    return ", ".join(spans)


def _featured_img(story: Story) -> Img | None:
    return next((b for b in story.blocks if isinstance(b, Img) and b.style == "featured"), None)


def story_summary(story: Story) -> str:
    main, _ = content_html(story)
    return auto_summary(main)


def _list_item(story: Story) -> str:
    """Wowchemy's compact view (view 2)."""
    feat = _featured_img(story)
    thumb = ""
    if feat or story.opts.get("featured"):
        src = hugo_img(_bundle(story.slug), "featured", "150x0_resize_q75_h2_lanczos_3")
        thumb = (f'\n  <div class="ml-3">\n    <a href="{post_url(story)}" >\n      <img src="{src}" '
                 f'height="90" width="150" alt="{esc(story.title)}" loading="lazy">\n    </a>\n  </div>')
    authors = story.opts["fm_authors"]
    meta_authors = f"\n        <div>\n      {_authors_line(authors)}\n        </div>" if authors else ""
    return f"""<div class="media stream-item view-compact">
  <div class="media-body">
    <div class="section-subheading article-title mb-0 mt-0">
      <a href="{post_url(story)}" >{esc(story.title)}</a>
    </div>
    <a href="{post_url(story)}"  class="summary-link">
      <div class="article-style">
        <p>{esc(story_summary(story))}</p>
      </div>
    </a>
    <div class="stream-meta article-metadata">
      <div class="article-metadata">{meta_authors}
        <span class="article-date">
          {vi_short(list_day(story))}
        </span>
        <span class="middot-divider"></span>
        <span class="article-reading-time">
          {story.opts["minutes"]} phút đọc
        </span>
      </div>
    </div>
  </div>{thumb}
</div>"""


def _share(request: Request, path: str, title: str) -> str:
    url = quote(base_url(request) + path, safe="")
    t = quote(title, safe="")
    return f"""<div class="share-box">
  <ul class="share">
    <li><a href="https://twitter.com/intent/tweet?url={url}&amp;text={t}" target="_blank" rel="noopener" class="share-btn-twitter" aria-label="twitter"><i class="fab fa-twitter"></i></a></li>
    <li><a href="https://www.facebook.com/sharer.php?u={url}&amp;t={t}" target="_blank" rel="noopener" class="share-btn-facebook" aria-label="facebook"><i class="fab fa-facebook"></i></a></li>
    <li><a href="mailto:?subject={t}&amp;body={url}" target="_blank" rel="noopener" class="share-btn-email" aria-label="envelope"><i class="fas fa-envelope"></i></a></li>
    <li><a href="https://www.linkedin.com/shareArticle?url={url}&amp;title={t}" target="_blank" rel="noopener" class="share-btn-linkedin" aria-label="linkedin-in"><i class="fab fa-linkedin-in"></i></a></li>
    <li><a href="whatsapp://send?text={t}%20{url}" target="_blank" rel="noopener" class="share-btn-whatsapp" aria-label="whatsapp"><i class="fab fa-whatsapp"></i></a></li>
    <li><a href="https://service.weibo.com/share/share.php?url={url}&amp;title={t}" target="_blank" rel="noopener" class="share-btn-weibo" aria-label="weibo"><i class="fab fa-weibo"></i></a></li>
  </ul>
</div>"""


def _author_card(key: str) -> str:
    prof = PROFILES[key]
    return f"""<div class="media author-card content-widget-hr">
  <a href="{author_url(key)}"><img class="avatar mr-3 avatar-circle" src="{avatar(key)}" alt="{esc(prof['title'])}"></a>
  <div class="media-body">
    <h5 class="card-title"><a href="{author_url(key)}">{esc(prof['title'])}</a></h5>
    <h6 class="card-subtitle">{esc(prof['role'])}</h6>
    <p class="card-text">{esc(prof['bio'])}</p>
    <ul class="network-icon" aria-hidden="true">
      <li><a href="mailto:{prof.get('email', 'qlkh.tct@phutho.gov.vn')}" ><i class="fas fa-envelope"></i></a></li>
      <li><a href="https://www.facebook.com/truongchinhtriphutho" target="_blank" rel="noopener"><i class="fab fa-facebook"></i></a></li>
    </ul>
  </div>
</div>"""


def _jsonld(obj: dict) -> str:
    data = json.dumps(obj, ensure_ascii=False, indent=2).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{data}\n</script>'


def render_post(request: Request, story: Story) -> str:
    path = post_url(story)
    base = base_url(request)
    published = pub_time(story)
    lastmod = _t(story.opts["lastmod"])
    main, notes = content_html(story)
    summary = auto_summary(main)
    feat = _featured_img(story)
    keys = story.opts["fm_authors"]
    # a preview-only featured image (P7) is not printed in the article, yet it is the og:image
    og_image = base + (_featured(story.slug) if feat or story.opts.get("featured") else _LOGO)
    head = (
        f'<meta property="twitter:card" content="summary_large_image" />\n'
        f'  <meta property="og:site_name" content="{SITE_SHORT}" />\n'
        f'  <meta property="og:url" content="{base}{path}" />\n'
        f'  <meta property="og:title" content="{esc(story.title)} | {SITE_SHORT}" />\n'
        f'  <meta property="og:description" content="{esc(summary)}" />'
        f'<meta property="og:image" content="{og_image}" />\n'
        f'  <meta property="og:locale" content="vi" />\n'
        f'  <meta property="article:published_time" content="{go_offset(published)}" />\n'
        f'  <meta property="article:modified_time" content="{go_offset(lastmod)}" />\n  '
        + _jsonld({
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "mainEntityOfPage": {"@type": "WebPage", "@id": base + path},
            "headline": story.title,
            "image": [og_image],
            "datePublished": go_z(published),
            "dateModified": go_z(lastmod),
            "author": {"@type": "Person", "name": author_name(keys[0]) if keys else "Ban Biên tập"},
            "publisher": {"@type": "Organization", "name": SITE_SHORT,
                          "logo": {"@type": "ImageObject", "url": base + _ICON}},
            "description": summary,
        })
    )
    subtitle = ""
    if story.sapo_outside and story.summary:
        subtitle = f'\n    <p class="page-subtitle">{esc(story.summary)}</p>'
    authors = f"\n      <div>\n      {_authors_line(keys)}\n      </div>\n" if keys else ""
    label = "Cập nhật lần cuối\n          " if lastmod != published else ""
    cat = story.cat
    header_img = ""
    if feat:
        cap = f'\n    <span class="article-header-caption">{esc(feat.printed)}</span>' if feat.printed else ""
        header_img = (
            f'\n<div class="article-header article-container featured-image-wrapper mt-4 mb-4" '
            f'style="max-width: 720px; max-height: 405px;">\n  <div style="position: relative">\n'
            f'    <img src="{feat.src}" width="720" height="405" alt="" class="featured-image">{cap}\n'
            f"  </div>\n</div>"
        )
    toc = _toc(story) if story.opts.get("toc") else ""
    tags = ""
    if story.opts["tags"]:
        badges = "\n  ".join(
            f'<a class="badge badge-light" href="{term_url("tag", t)}">{esc(t)}</a>'
            for t in story.opts["tags"]
        )
        tags = f'\n<div class="article-tags">\n  {badges}\n</div>'
    card = ""
    first_profile = next((k for k in keys if k in PROFILES), None)
    if first_profile:
        card = "\n" + _author_card(first_profile)
    rel = related(story)
    rel_html = ""
    if rel:
        lis = "\n".join(f'    <li><a href="{post_url(o)}">{esc(o.title)}</a></li>' for o in rel)
        rel_html = (f'\n<div class="article-widget content-widget-hr">\n  <h3>Liên quan</h3>\n'
                    f"  <ul>\n{lis}\n  </ul>\n</div>")
    links_div = ""
    if story.id == 1:
        links_div = (f'\n    <div class="btn-links mb-3">\n      <a class="btn btn-outline-primary '
                     f'btn-page-header" href="/post/{_S1}/mau-phieu-dang-ky-de-tai-2027.docx" '
                     f'target="_blank" rel="noopener">Tải mẫu phiếu</a>\n    </div>')
    article = f"""<article class="article">
  <div class="article-container pt-3">
    <h1>{esc(story.title)}</h1>{subtitle}
    <div class="article-metadata">{authors}
      <span class="article-date">
          {label}{vi_short(lastmod.date())}
      </span>
      <span class="middot-divider"></span>
      <span class="article-reading-time">
        {story.opts["minutes"]} phút đọc
      </span>
      <span class="middot-divider"></span>
      <span class="article-categories">
        <i class="fas fa-folder mr-1"></i><a href="{term_url("category", cat)}">{esc(cat)}</a></span>
    </div>{links_div}
  </div>{header_img}
  <div class="article-container">
    <div class="article-style">
{toc}{main}
{notes}
    </div>{tags}
{_share(request, path, story.title)}{card}{rel_html}
    <div class="fb-comments" data-href="{base}{path}" data-width="100%" data-numposts="5"></div>
  </div>
</article>"""
    return chrome(request, path, f"{story.title} | {SITE_SHORT}", article, head=head, description=summary)


# --- markup: lists --------------------------------------------------------------------------------


def _pager(base_path: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    items = []
    if page > 1:
        prev = base_path if page == 2 else f"{base_path}page/{page - 1}/"
        items.append(f'<li class="page-item"><a class="page-link" href="{prev}">&laquo;</a></li>')
    if page < pages:
        items.append(f'<li class="page-item"><a class="page-link" href="{base_path}page/{page + 1}/">'
                     "&raquo;</a></li>")
    return ('<nav class="mt-1">\n  <ul class="pagination justify-content-center">\n    '
            + "\n    ".join(items) + "\n  </ul>\n</nav>")


def render_list(request: Request, base_path: str, heading: str, stories: list[Story], page: int,
                intro: str = "") -> str | None:
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE: page * PER_PAGE]
    items = "\n".join(_list_item(s) for s in chunk)
    intro_html = f'\n  <div class="article-style"><p>{intro}</p></div>' if intro and page == 1 else ""
    main = f"""<div class="universal-wrapper pt-3">
  <h1>{esc(heading)}</h1>{intro_html}
</div>
<div class="universal-wrapper">
{items}
{_pager(base_path, page, pages)}
</div>"""
    path = base_path if page == 1 else f"{base_path}page/{page}/"
    head = f'<link rel="alternate" href="{base_path}index.xml" type="application/rss+xml" title="{esc(heading)}" />'
    return chrome(request, path, f"{heading} | {SITE_SHORT}", main, head=head,
                  description=f"{heading} - {SITE_TITLE}")


def render_terms(request: Request, kind: str, heading: str, terms: list[str]) -> str:
    lis = "\n".join(
        f'  <div class="view-list-item"><i class="fas fa-folder pub-icon" aria-hidden="true"></i>'
        f'<a href="{term_url(kind, t)}">{esc(t)}</a></div>' for t in terms
    )
    main = f'<div class="universal-wrapper pt-3">\n  <h1>{heading}</h1>\n</div>\n<div class="universal-wrapper">\n{lis}\n</div>'
    return chrome(request, f"/{kind}/", f"{heading} | {SITE_SHORT}", main)


def _pub_authors(pub: dict) -> str:
    out = []
    for k in pub["authors"]:
        cls = ' class="author-highlighted"' if k == "nguyen-thi-thu-ha" else ""
        note = ('<i class="author-notes fas fa-info-circle" data-toggle="tooltip" '
                'title="Đồng tác giả chính"></i>') if pub["equal"] else ""
        out.append(f'<span{cls}>\n      <a href="{author_url(k)}">{esc(author_name(k))}</a></span>{note}')
    return ", ".join(out)


def _pub_buttons(pub: dict, small: str = "") -> str:
    base = f"/publication/{pub['slug']}/"
    btn = f"btn btn-outline-primary btn-page-header{small}"
    out = [f'<a class="{btn}" href="{base}{pub["slug"]}.pdf" target="_blank" rel="noopener">PDF</a>',
           f'<a href="#" class="{btn} js-cite-modal" data-filename="{base}cite.bib">Trích dẫn</a>']
    if pub["doi"]:
        out.append(f'<a class="{btn}" href="https://doi.org/{pub["doi"]}" target="_blank" rel="noopener">DOI</a>')
    return "\n  ".join(out)


def _pub_row(label: str, value: str) -> str:
    return f"""<div class="row">
  <div class="col-md-1"></div>
  <div class="col-md-10">
    <div class="row">
      <div class="col-12 col-md-3 pub-row-heading">{label}</div>
      <div class="col-12 col-md-9">{value}</div>
    </div>
  </div>
  <div class="col-md-1"></div>
</div>
<div class="d-md-none space-below"></div>"""


def render_publication(request: Request, pub: dict) -> str:
    path = f"/publication/{pub['slug']}/"
    tags = "\n  ".join(f'<a class="badge badge-light" href="{term_url("tag", t)}">{esc(t)}</a>'
                       for t in pub["tags"])
    main = f"""<div class="pub">
  <div class="article-container pt-3">
    <h1>{esc(pub['title'])}</h1>
    <div class="article-metadata">
      <div>
      {_pub_authors(pub)}
      </div>
      <span class="article-date">
        tháng {pub['date'].month}, {pub['date'].year}
      </span>
    </div>
    <div class="btn-links mb-3">
  {_pub_buttons(pub)}
    </div>
  </div>
  <div class="article-container">
    <h3>Tóm tắt</h3>
    <p class="pub-abstract">{esc(pub['abstract'])}</p>
{_pub_row("Loại", f'<a href="/publication/#{pub["type"][0]}">{pub["type"][1]}</a>')}
{_pub_row("Ấn phẩm", pub["venue"])}
    <div class="space-below"></div>
    <div class="article-style"><div class="alert alert-note">
  <div>
    Nhấp vào nút <em>Trích dẫn</em> ở trên để tải thông tin trích dẫn vào phần mềm quản lý tài liệu tham khảo.
  </div>
</div>
<p>Supplementary notes can be added here, including <a href="https://wowchemy.com/docs/writing-markdown-latex/" target="_blank" rel="noopener">code, math, and images</a>.</p>
</div>
<div class="article-tags">
  {tags}
</div>
{_share(request, path, pub['title'])}
{_author_card(pub['authors'][0])}
  </div>
</div>"""
    head = (f'<meta property="og:title" content="{esc(pub["title"])} | {SITE_SHORT}" />\n  '
            f'<meta name="citation_title" content="{esc(pub["title"])}" />\n  '
            + "\n  ".join(f'<meta name="citation_author" content="{esc(author_name(k))}" />'
                          for k in pub["authors"])
            + f'\n  <meta name="citation_publication_date" content="{pub["date"].year}/{pub["date"].month:02d}" />'
            f'\n  <meta property="article:published_time" content="{pub["publish"]}" />')
    return chrome(request, path, f"{pub['title']} | {SITE_SHORT}", main, head=head,
                  description=pub["abstract"])


def _pub_citation(pub: dict) -> str:
    names = ", ".join(
        f"<span{_HIGHLIGHT if k == 'nguyen-thi-thu-ha' else ''}>{esc(author_name(k))}</span>"
        for k in pub["authors"]
    )
    return f"""<div class="grid-sizer col-lg-12 isotope-item pubtype-{pub['type'][0]} year-{pub['date'].year}">
  <div class="pub-list-item view-citation" style="margin-bottom: 1rem">
    <i class="far fa-file-alt pub-icon" aria-hidden="true"></i>
    <span class="article-metadata li-cite-author">{names}</span>
    ({pub['date'].year}).
    <a href="/publication/{pub['slug']}/">{esc(pub['title'])}</a>.
    {pub['venue']}.
    <p>
  {_pub_buttons(pub, " btn-sm")}
    </p>
  </div>
</div>"""


def render_publication_list(request: Request) -> str:
    items = "\n".join(_pub_citation(p) for p in PUBLICATIONS)
    main = f"""<div class="universal-wrapper pt-3">
  <h1>Công trình khoa học</h1>
  <div class="article-style"><p>Bài báo, tham luận, sách của cán bộ, giảng viên Nhà trường.</p></div>
</div>
<div class="universal-wrapper" id="search">
  <div class="row">
    <div class="col-lg-12">
      <div class="form-row mb-4">
        <div class="col-auto">
          <input type="search" class="filter-search form-control form-control-sm" placeholder="Tìm kiếm..." autocapitalize="off" autocomplete="off" autocorrect="off" role="textbox" spellcheck="false">
        </div>
        <div class="col-auto">
          <select class="pub-filters pubtype-select form-control form-control-sm" data-filter-group="pubtype">
            <option value="*">Loại</option>
            <option value=".pubtype-1">Báo cáo hội thảo</option>
            <option value=".pubtype-2">Bài báo tạp chí</option>
          </select>
        </div>
        <div class="col-auto">
          <select class="pub-filters form-control form-control-sm" data-filter-group="year">
            <option value="*">Năm</option>
            <option value=".year-2026">2026</option>
          </select>
        </div>
      </div>
    </div>
  </div>
  <div id="container-publications">
{items}
  </div>
</div>"""
    return chrome(request, "/publication/", f"Công trình khoa học | {SITE_SHORT}", main)


def render_event(request: Request, ev: dict) -> str:
    path = f"/event/{ev['slug']}/"
    start, end = _t(ev["start"]), _t(ev["end"])
    when = f"{vi_short(start.date())} {vi_clock(start)} — {vi_clock(end)}"
    body = f"<p>{esc(ev['body'])}</p>" if ev["body"] else ""
    if ev["slug"] == "hoi-thao-khoa-hoc-cap-truong-2026":
        body = f'<p>Xem tin bài: <a href="{post_url(BY_SLUG[_S2])}">{esc(BY_SLUG[_S2].title)}</a></p>'
    main = f"""<div class="pub">
  <div class="article-container pt-3">
    <h1>{esc(ev['title'])}</h1>
    <div class="article-metadata">
      <div>
      {_authors_line(ev['authors'])}
      </div>
    </div>
    <div class="btn-links mb-3">
      <a class="btn btn-outline-primary btn-page-header" href="/event/{ev['slug']}/slides.pdf" target="_blank" rel="noopener">Slides</a>
    </div>
  </div>
  <div class="article-container">
    <h3>Tóm tắt</h3>
    <p class="pub-abstract">{esc(ev['abstract'])}</p>
{_pub_row("Thời gian", when)}
{_pub_row("Sự kiện", esc(ev['event']))}
{_pub_row("Địa điểm", f"{esc(ev['location'])}<br>{esc(ev['address'])}")}
    <div class="space-below"></div>
    <div class="article-style">{body}</div>
{_share(request, path, ev['title'])}
  </div>
</div>"""
    return chrome(request, path, f"{ev['title']} | {SITE_SHORT}", main, description=ev["abstract"])


def render_event_list(request: Request) -> str:
    items = "\n".join(
        f'<div class="view-list-item">\n  <i class="far fa-calendar-alt pub-icon" aria-hidden="true"></i>\n'
        f'  <a href="/event/{e["slug"]}/" >{esc(e["title"])}</a>\n  <div class="article-metadata">\n'
        f'    <span>{vi_short(_t(e["start"]).date())} {vi_clock(_t(e["start"]))} — {vi_clock(_t(e["end"]))}'
        f'</span>\n    <span class="middot-divider"></span>\n    <span>{esc(e["location"])}</span>\n  </div>\n</div>'
        for e in EVENTS
    )
    main = (f'<div class="universal-wrapper pt-3">\n  <h1>Hội thảo - Tọa đàm</h1>\n</div>\n'
            f'<div class="universal-wrapper">\n{items}\n</div>')
    return chrome(request, "/event/", f"Hội thảo - Tọa đàm | {SITE_SHORT}", main)


def render_profile(request: Request, key: str) -> str:
    prof = PROFILES[key]
    path = author_url(key)
    items = [(pub_time(s), post_url(s), s.title) for s in posts_in(author=key)]
    items += [(_t(p["publish"]), f"/publication/{p['slug']}/", p["title"])
              for p in PUBLICATIONS if key in p["authors"]]
    items.sort(reverse=True)
    latest = "\n".join(f'      <li><a href="{u}">{esc(t)}</a></li>' for _, u, t in items[:3])
    extra = ""
    if "interests" in prof:
        interests = "".join(f"<li>{esc(x)}</li>" for x in prof["interests"])
        course, inst = prof["edu"]
        extra = f"""
        <div class="row">
          <div class="col-md-5"><div class="section-subheading">Lĩnh vực nghiên cứu</div>
            <ul class="ul-interests mb-0">{interests}</ul></div>
          <div class="col-md-7"><div class="section-subheading">Học vấn</div>
            <ul class="ul-edu fa-ul mb-0"><li><i class="fa-li fas fa-graduation-cap"></i>
              <div class="description"><p class="course">{esc(course)}</p><p class="institution">{esc(inst)}</p></div></li></ul></div>
        </div>"""
    main = f"""<section id="profile-page" class="pt-5">
  <div class="container">
    <div class="row">
      <div class="col-12 col-lg-4">
        <div id="profile">
          <img class="avatar avatar-circle" width="270" height="270" src="{avatar(key)}" alt="{esc(prof['title'])}">
          <div class="portrait-title">
            <h2>{esc(prof['title'])}</h2>
            <h3>{esc(prof['role'])}</h3>
            <h3><a href="https://truongchinhtri.phutho.gov.vn/" target="_blank" rel="noopener"><span>{SCHOOL}</span></a></h3>
          </div>
          <ul class="network-icon" aria-hidden="true">
            <li><a href="mailto:{prof.get('email', 'qlkh.tct@phutho.gov.vn')}" aria-label="envelope"><i class="fas fa-envelope big-icon"></i></a></li>
          </ul>
        </div>
      </div>
      <div class="col-12 col-lg-8">
        <div class="article-style"><p>{esc(prof['bio'])}</p></div>{extra}
      </div>
    </div>
  </div>
</section>
<div class="universal-wrapper">
  <div class="article-widget content-widget-hr">
    <h3>Mới nhất</h3>
    <ul>
{latest}
    </ul>
  </div>
</div>"""
    return chrome(request, path, f"{prof['title']} | {SITE_SHORT}", main, description=prof["bio"])


def render_alias(request: Request, target: str) -> str:
    url = base_url(request) + target
    return (f'<!DOCTYPE html>\n<html lang="vi">\n  <head>\n    <title>{url}</title>\n'
            f'    <link rel="canonical" href="{url}">\n    <meta name="robots" content="noindex">\n'
            f'    <meta charset="utf-8">\n    <meta http-equiv="refresh" content="0; url={url}">\n'
            "  </head>\n</html>\n")


# --- home and static pages -----------------------------------------------------------------------


def render_home(request: Request) -> str:
    latest = "\n".join(_list_item(s) for s in posts_in()[:4])
    slides = []
    for n, s in enumerate((BY_SLUG[_S2], BY_SLUG[_S7])):
        bg = hugo_img(_bundle(s.slug), "featured", "1920x0_resize_q75_h2_lanczos_3")
        slides.append(
            f'    <div class="carousel-item{" active" if n == 0 else ""} wg-hero dark" '
            f'style="background-image: url(\'{bg}\');background-size: cover;">\n'
            f'      <div class="container" style="text-align: left;">\n'
            f'        <h2 class="hero-title">{esc(s.title)}</h2>\n'
            f'        <p><a href="{post_url(s)}" class="btn btn-light btn-lg">Xem chi tiết</a></p>\n'
            "      </div>\n    </div>"
        )
    p1, p10 = BY_SLUG[_S1], BY_SLUG[_S10]
    notice = f"""<ul class="tb-moi">
          <li><span class="badge badge-danger">Mới</span> <a href="{post_url(p1)}index.html">{esc(p1.title)}</a></li>
          <li><a href="{_P8_OLD}">Giảng viên Nhà trường đạt giải Nhất Hội thi giảng viên dạy giỏi cấp tỉnh</a></li>
          <li><a href="{post_url(p10)}">{esc(p10.title)}</a></li>
          <li><a href="/publication/{PUBLICATIONS[0]['slug']}/">Bài viết mới của giảng viên trên Tạp chí Lý luận chính trị và Truyền thông</a></li>
        </ul>"""
    pubs = "\n".join(_pub_citation(p) for p in PUBLICATIONS)
    events = "\n".join(
        f'        <div class="view-list-item"><i class="far fa-calendar-alt pub-icon"></i>'
        f'<a href="/event/{e["slug"]}/">{esc(e["title"])}</a>'
        f'<div class="article-metadata"><span>{vi_short(_t(e["start"]).date())}</span></div></div>'
        for e in EVENTS
    )
    people = []
    for group in ("Lãnh đạo phòng", "Cộng tác viên", "Chuyên viên"):
        people.append(f'      <div class="col-md-12"><h2 class="mb-4">{group}</h2></div>')
        for key in PROFILE_ORDER:
            prof = PROFILES[key]
            if prof["group"] != group:
                continue
            people.append(
                f'      <div class="col-12 col-sm-auto people-person">\n'
                f'        <a href="{author_url(key)}"><img width="270" height="270" loading="lazy" '
                f'class="avatar avatar-circle" src="{avatar(key)}" alt="Avatar"></a>\n'
                f'        <div class="portrait-title">\n          <h2><a href="{author_url(key)}">'
                f'{esc(prof["title"])}</a></h2>\n          <h3>{esc(prof["role"])}</h3>\n'
                "        </div>\n      </div>"
            )
    people_html = "\n".join(people)
    main = f"""<section id="slider" class="home-section wg-slider" style="padding: 0;">
  <div id="wg-slider" class="carousel slide" data-ride="carousel" data-interval="5000">
    <ol class="carousel-indicators">
      <li data-target="#wg-slider" data-slide-to="0" class="active"></li>
      <li data-target="#wg-slider" data-slide-to="1"></li>
    </ol>
    <div class="carousel-inner">
{chr(10).join(slides)}
    </div>
    <a class="carousel-control-prev" href="#wg-slider" data-slide="prev"><span class="carousel-control-prev-icon"></span><span class="sr-only">Trước</span></a>
    <a class="carousel-control-next" href="#wg-slider" data-slide="next"><span class="carousel-control-next-icon"></span><span class="sr-only">Sau</span></a>
  </div>
</section>
<section id="posts" class="home-section wg-collection">
  <div class="home-section-bg"></div>
  <div class="container">
    <div class="row">
      <div class="section-heading col-12 col-lg-4 mb-3 mb-lg-0 d-flex flex-column align-items-center align-items-lg-start">
        <h1 class="mb-0">Tin tức mới</h1>
      </div>
      <div class="col-12 col-lg-8">
{latest}
        <div class="see-all"><a href="/post/">Xem tất cả tin bài <i class="fas fa-angle-right"></i></a></div>
      </div>
    </div>
  </div>
</section>
<section id="thong-bao" class="home-section wg-markdown">
  <div class="container">
    <div class="row">
      <div class="section-heading col-12 col-lg-4 mb-3 mb-lg-0"><h1 class="mb-0">Thông báo</h1></div>
      <div class="col-12 col-lg-8">
        {notice}
      </div>
    </div>
  </div>
</section>
<section id="featured" class="home-section wg-collection">
  <div class="container">
    <div class="row">
      <div class="section-heading col-12 col-lg-4 mb-3 mb-lg-0"><h1 class="mb-0">Công trình khoa học</h1></div>
      <div class="col-12 col-lg-8">
{pubs}
        <div class="see-all"><a href="/publication/">Xem tất cả công trình <i class="fas fa-angle-right"></i></a></div>
      </div>
    </div>
  </div>
</section>
<section id="events" class="home-section wg-collection">
  <div class="container">
    <div class="row">
      <div class="section-heading col-12 col-lg-4 mb-3 mb-lg-0"><h1 class="mb-0">Hội thảo - Tọa đàm</h1></div>
      <div class="col-12 col-lg-8">
{events}
        <div class="see-all"><a href="/event/">Xem tất cả sự kiện <i class="fas fa-angle-right"></i></a></div>
      </div>
    </div>
  </div>
</section>
<section id="people" class="home-section wg-people">
  <div class="container">
    <div class="row justify-content-center people-widget">
      <div class="col-md-12 section-heading"><h1>Đội ngũ</h1></div>
{people_html}
    </div>
  </div>
</section>
<section id="contact" class="home-section wg-contact">
  <div class="container">
    <div class="row contact-widget">
      <div class="section-heading col-12 col-lg-4 mb-3 mb-lg-0"><h1 class="mb-0">Liên hệ</h1></div>
      <div class="col-12 col-lg-8">
        <p>Mọi ý kiến đóng góp, bài viết xin gửi về Phòng Quản lý khoa học - Thông tin tư liệu.</p>
        <ul class="fa-ul">
          <li><i class="fa-li fas fa-envelope fa-2x" aria-hidden="true"></i><span id="person-email"><a href="mailto:qlkh.tct@phutho.gov.vn">qlkh.tct@phutho.gov.vn</a></span></li>
          <li><i class="fa-li fas fa-phone fa-2x" aria-hidden="true"></i><span id="person-telephone"><a href="tel:02103846123">0210 3846 123</a></span></li>
        </ul>
        <p><a href="/lien-he/">Xem bản đồ và giờ làm việc</a></p>
      </div>
    </div>
  </div>
</section>"""
    return chrome(request, "/", f"{SITE_SHORT} - {SCHOOL}", main,
                  description="Trang thông tin khoa học của Trường Chính trị tỉnh Phú Thọ", body_class="home")


def _simple_page(request: Request, path: str, title: str, inner: str) -> str:
    main = f"""<article class="article">
  <div class="article-container pt-3">
    <h1>{esc(title)}</h1>
  </div>
  <div class="article-container">
    <div class="article-style">
{inner}
    </div>
  </div>
</article>"""
    return chrome(request, path, f"{title} | {SITE_SHORT}", main, description=title)


_INTRO = """<p>Phòng Quản lý khoa học - Thông tin tư liệu là đơn vị tham mưu, giúp Ban Giám hiệu quản lý hoạt động nghiên cứu khoa học, thông tin tư liệu, thư viện và xuất bản ấn phẩm của Trường Chính trị tỉnh Phú Thọ.</p>
<h2 id="chức-năng-nhiệm-vụ">Chức năng, nhiệm vụ</h2>
<ul>
<li>Xây dựng kế hoạch, tổ chức và quản lý đề tài khoa học các cấp, hội thảo, tọa đàm khoa học;</li>
<li>Biên tập, phát hành ấn phẩm Thông tin khoa học (03 tháng/số);</li>
<li>Quản lý thư viện, tư liệu phục vụ giảng dạy, học tập và nghiên cứu.</li>
</ul>
<h2 id="nhân-sự">Nhân sự</h2>
<p>Phòng hiện có 05 cán bộ, viên chức, trong đó 02 thạc sĩ. Trưởng phòng: ThS. Nguyễn Thị Thu Hà.</p>"""

_CONTACT = """<p>Phòng Quản lý khoa học - Thông tin tư liệu, Trường Chính trị tỉnh Phú Thọ</p>
<ul class="fa-ul">
  <li><i class="fa-li fas fa-envelope fa-2x" aria-hidden="true"></i><span id="person-email"><a href="mailto:qlkh.tct@phutho.gov.vn">qlkh.tct@phutho.gov.vn</a></span></li>
  <li><i class="fa-li fas fa-phone fa-2x" aria-hidden="true"></i><a href="tel:02103846123">0210 3846 123</a></li>
  <li><i class="fa-li fas fa-map-marker fa-2x" aria-hidden="true"></i><span id="person-address">Phòng 204, nhà A, đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ</span></li>
  <li><i class="fa-li fas fa-clock fa-2x" aria-hidden="true"></i><span>Thứ Hai - thứ Sáu: 7h30 - 11h30, 13h30 - 17h00</span></li>
</ul>
<p><a href="https://www.google.com/maps/place/21.3215,105.4021" target="_blank" rel="noopener">Xem bản đồ</a></p>
<form method="POST" action="https://formspree.io/f/xqlkhtct">
  <div class="form-group form-inline"><label class="sr-only" for="inputName">Họ tên</label>
    <input type="text" name="name" class="form-control w-100" id="inputName" placeholder="Họ tên" required></div>
  <div class="form-group form-inline"><label class="sr-only" for="inputEmail">Email</label>
    <input type="email" name="email" class="form-control w-100" id="inputEmail" placeholder="Email" required></div>
  <div class="form-group"><label class="sr-only" for="inputMessage">Nội dung</label>
    <textarea name="message" class="form-control" id="inputMessage" rows="5" placeholder="Nội dung" required></textarea></div>
  <button type="submit" class="btn btn-outline-primary px-3 py-2">Gửi</button>
</form>"""

# --- feeds, sitemap -------------------------------------------------------------------------------


def render_rss(request: Request, title: str, link: str, stories: list[Story]) -> Response:
    base = base_url(request)
    items = "\n".join(
        f"    <item>\n      <title>{esc(s.title)}</title>\n      <link>{base}{post_url(s)}</link>\n"
        f"      <pubDate>{pub_time(s).strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate>\n"
        f"      <guid>{base}{post_url(s)}</guid>\n      <description>{esc(story_summary(s))}</description>\n"
        "    </item>"
        for s in stories[:10]
    )
    body = (f'<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<rss version="2.0" '
            f'xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n    <title>{esc(title)}</title>\n'
            f"    <link>{base}{link}</link>\n    <description>{esc(title)}</description>\n"
            f"    <generator>Hugo -- gohugo.io</generator>\n    <language>vi</language>\n"
            f"{items}\n  </channel>\n</rss>\n")
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def all_pages() -> list[str]:
    pages = ["/", "/post/", "/publication/", "/event/", "/gioi-thieu/", "/lien-he/", "/category/", "/tag/"]
    pages += [post_url(s) for s in STORIES]
    pages += [f"/publication/{p['slug']}/" for p in PUBLICATIONS]
    pages += [f"/event/{e['slug']}/" for e in EVENTS]
    pages += [term_url("category", c) for c in CATEGORIES]
    pages += [term_url("tag", t) for t in TAGS]
    pages += [author_url(k) for k in PROFILES]
    pages += [author_url("Đỗ Quang Huy")]
    return pages


def render_sitemap(request: Request) -> Response:
    base = base_url(request)
    urls = []
    for p in all_pages():
        story = BY_SLUG.get(p.strip("/").split("/")[-1]) if p.startswith("/post/") else None
        lastmod = f"\n    <lastmod>{story.opts['lastmod']}</lastmod>" if story else ""
        urls.append(f"  <url>\n    <loc>{base}{p}</loc>{lastmod}\n  </url>")
    body = ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<urlset xmlns="http://www.'
            'sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
            + "\n".join(urls) + "\n</urlset>\n")
    return Response(200, body, {"Content-Type": "application/xml"})


# --- the site -------------------------------------------------------------------------------------

_BIB = """@article{{{key},
  title = {{{title}}},
  author = {{{authors}}},
  journal = {{{venue}}},
  year = {{{year}}}
}}
"""

_WEBP = (b"RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00/\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe"
         b"\x07\x00")


class HugoWowchemySite:
    def __init__(self) -> None:
        self.aliases = {a: post_url(s) for s in STORIES for a in s.opts.get("aliases", [])}
        self.aliases["/post/page/1/"] = "/post/"
        for c in CATEGORIES:
            self.aliases[unquote(term_url("category", c)) + "page/1/"] = unquote(term_url("category", c))
        self.bundles = {f"/post/{s.slug}/" for s in STORIES}
        self.bundles |= {f"/publication/{p['slug']}/" for p in PUBLICATIONS}
        self.bundles |= {f"/event/{e['slug']}/" for e in EVENTS}
        self.bundles |= {f"/authors/{k}/" for k in PROFILES} | {"/media/"}

    # a directory path ("/x/y/") -> page or None
    def page(self, request: Request, path: str) -> Response | None:
        if path in self.aliases:
            target = self.aliases[path]
            return html(render_alias(request, quote(target)))
        if path == "/":
            return html(render_home(request))
        if path == "/gioi-thieu/":
            return html(_simple_page(request, path, "Giới thiệu Phòng Quản lý khoa học - Thông tin tư liệu", _INTRO))
        if path == "/lien-he/":
            return html(_simple_page(request, path, "Liên hệ", _CONTACT))
        if path == "/publication/":
            return html(render_publication_list(request))
        if path == "/event/":
            return html(render_event_list(request))
        if path == "/category/":
            return html(render_terms(request, "category", "Chuyên mục", CATEGORIES))
        if path == "/tag/":
            return html(render_terms(request, "tag", "Thẻ", TAGS))
        m = re.fullmatch(r"/post/(?:page/(\d+)/)?", path)
        if m:
            page = int(m.group(1) or 1)
            out = render_list(request, "/post/", "Tin tức", posts_in(), page,
                              intro="Tin hoạt động khoa học, đào tạo, bồi dưỡng và thông báo của Phòng.")
            return html(out) if out else None
        m = re.fullmatch(r"/post/([^/]+)/", path)
        if m and m.group(1) in BY_SLUG:
            return html(render_post(request, BY_SLUG[m.group(1)]))
        m = re.fullmatch(r"/(category|tag)/([^/]+)/(?:page/(\d+)/)?", path)
        if m:
            kind, term, page = m.group(1), m.group(2), int(m.group(3) or 1)
            names = CATEGORIES if kind == "category" else TAGS
            name = next((n for n in names if urlize(n) == term), None)
            if name is None:
                return None
            stories = posts_in(cat=name) if kind == "category" else posts_in(tag=name)
            out = render_list(request, term_url(kind, name), name, stories, page)
            return html(out) if out else None
        m = re.fullmatch(r"/authors/([^/]+)/", path)
        if m:
            key = m.group(1)
            if key in PROFILES:
                return html(render_profile(request, key))
            if key == urlize("Đỗ Quang Huy"):
                out = render_list(request, author_url("Đỗ Quang Huy"), "Đỗ Quang Huy",
                                  posts_in(author="Đỗ Quang Huy"), 1)
                return html(out)
            return None
        m = re.fullmatch(r"/publication/([^/]+)/", path)
        if m and m.group(1) in PUB_BY_SLUG:
            return html(render_publication(request, PUB_BY_SLUG[m.group(1)]))
        m = re.fullmatch(r"/event/([^/]+)/", path)
        if m and m.group(1) in EVENT_BY_SLUG:
            return html(render_event(request, EVENT_BY_SLUG[m.group(1)]))
        return None

    def files(self, request: Request, path: str) -> Response | None:
        if path == "/index.xml":
            return render_rss(request, SITE_SHORT, "/", posts_in())
        if path == "/post/index.xml":
            return render_rss(request, "Tin tức", "/post/", posts_in())
        m = re.fullmatch(r"/(category|tag)/([^/]+)/index\.xml", path)
        if m:
            names = CATEGORIES if m.group(1) == "category" else TAGS
            name = next((n for n in names if urlize(n) == m.group(2)), None)
            if name:
                stories = posts_in(cat=name) if m.group(1) == "category" else posts_in(tag=name)
                return render_rss(request, name, term_url(m.group(1), name), stories)
            return None
        if path == "/sitemap.xml":
            return render_sitemap(request)
        if path == "/robots.txt":
            return Response(200, f"User-agent: *\nDisallow:\nSitemap: {base_url(request)}/sitemap.xml\n",
                            {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/manifest.webmanifest":
            return Response(200, json.dumps({"name": SITE_SHORT, "start_url": "/"}, ensure_ascii=False),
                            {"Content-Type": "application/manifest+json"})
        if path.startswith(("/css/", "/js/", "/en/js/")):
            return static_file(path)
        folder = path.rsplit("/", 1)[0] + "/"
        in_bundle = any(folder.startswith(b) for b in self.bundles)
        if not in_bundle:
            return None
        lower = path.lower()
        if lower.endswith(".webp"):
            return Response(200, _WEBP, {"Content-Type": "image/webp"})
        if lower.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if lower.endswith(".docx"):
            return Response(200, b"PK\x03\x04" + b"\x00" * 26, {
                "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
        if lower.endswith("/cite.bib"):
            slug = folder.strip("/").split("/")[-1]
            pub = PUB_BY_SLUG.get(slug)
            if not pub:
                return None
            bib = _BIB.format(key=slug.replace("-", "")[:20] + "2026", title=pub["title"],
                              authors=" and ".join(author_name(k) for k in pub["authors"]),
                              venue=plain(pub["venue"]), year=pub["date"].year)
            return Response(200, bib, {"Content-Type": "text/plain; charset=utf-8"})
        return static_file(path)

    def respond(self, request: Request) -> Response | None:
        if request.method not in ("GET", "HEAD"):
            return Response(405, b"", {"Allow": "GET, HEAD"})
        path = unquote(request.path)
        if path.endswith("/index.html"):
            path = path[: -len("index.html")]
        if path.endswith("/"):
            out = self.page(request, path)
            if out is not None:
                return out
            return self.not_found(request)
        out = self.files(request, path)
        if out is not None:
            return out
        if self.page(request, path + "/") is not None:
            return redirect(quote(path) + "/", 301)
        return self.not_found(request)

    def not_found(self, request: Request) -> Response:
        latest = "\n".join(f'    <li><a href="{post_url(s)}">{esc(s.title)}</a></li>' for s in posts_in()[:5])
        main = (f'<div class="universal-wrapper pt-3">\n  <h1>Không tìm thấy trang</h1>\n'
                f"  <p>Trang bạn tìm không tồn tại hoặc đã được chuyển đi.</p>\n  <h2>Bài viết mới</h2>\n"
                f"  <ul>\n{latest}\n  </ul>\n</div>")
        return html(chrome(request, "/404.html", f"Không tìm thấy trang | {SITE_SHORT}", main,
                           canonical=False), status=404)


def build_site() -> HugoWowchemySite:
    return HugoWowchemySite()


# --- gold -----------------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    url = post_url(story)
    return [*story.opts.get("aliases", []), url + "index.html", url.rstrip("/")]


GOLD = [gold_record(s, post_url(s), s.cat, alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    f"/publication/{PUBLICATIONS[0]['slug']}/",
    f"/publication/{PUBLICATIONS[1]['slug']}/",
    f"/event/{EVENTS[0]['slug']}/",
    f"/event/{EVENTS[1]['slug']}/",
    "/authors/nguyen-thi-thu-ha/",
]
