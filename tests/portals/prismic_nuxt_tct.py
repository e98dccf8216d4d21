"""Trường Chính trị tỉnh Tuyên Quang: a Nuxt 3 site rendered on the server from a Prismic repository.

Platform
--------
An agency ("Hải Đăng Digital") rebuilt the school's portal in November 2026 as a Nuxt 3 app
(server-side rendered, Tailwind plus the agency's own Vietnamese-abbreviated component classes,
``data-v-xxxxxxxx`` scope attributes) reading a Prismic repository ``tct-tuyenquang``. Old
articles were imported from the previous portal on 02/11/2026. Every page carries Nuxt's
devalue payload (``<script type="application/json" id="__NUXT_DATA__">``), a
``window.__NUXT__.config`` script, module preloads under ``/_nuxt/`` and Nuxt Image (IPX) image
URLs ``/_ipx/w_1200&q_80/prismic/tct-tuyenquang/<id>_<name>.jpg``.

A news document is a Prismic ``tin_tuc`` document: ``tieu_de`` (title), ``tom_tat`` (lead,
optional), ``ngay_dang`` (the printed publication date, a Prismic timestamp in UTC), a
content relationship to ``danh_muc`` and to ``tac_gia`` (author card, optional), and a slice zone
with slices ``rich_text`` (Prismic rich text: p / h2 / h3 / ul / ol, labels as ``<span class>``,
images inside the text as ``<p class="block-img">``), ``anh`` (image with caption), ``trich_dan``
(quote), ``nhung`` (oEmbed embed), ``bang`` (table), ``tep_dinh_kem`` (attachment) and
``tin_lien_quan`` (editor-picked related news).

URL scheme
----------
- ``/``                                   home (featured, per-category blocks; links end in "/")
- ``/tin-tuc`` and ``/tin-tuc?page=N``    all news, 5 a page, N = 1..3 (query-only pager links)
- ``/chuyen-muc/<uid>[?page=N]``          one category, 4 a page
- ``/tin-tuc/<uid>`` (also ``/tin-tuc/<uid>/``)  an article; canonical without the slash
- ``/tin-tuc/<old-uid>``                  301 to the new uid (Prismic kept the UID history)
- ``/gioi-thieu``, ``/gioi-thieu/co-cau-to-chuc``, ``/lien-he``      static Prismic pages
- ``/van-ban`` and ``/van-ban/<uid>``     document register and entries (PDF under ``/files/``)
- ``/thu-vien-anh[/<uid>]``, ``/video[/<uid>]``   album and video pages
- ``/tim-kiem?q=``                        search (GET form in the header)
- ``/_ipx/…jpg``, ``/_nuxt/…js|css``, ``/files/…pdf``   assets

Page templates
--------------
Every page: top bar with today ("Thứ Bảy, 05/12/2026"), banner, main menu with drop-downs,
a ticker ("Thông báo mới"), breadcrumbs (not on home), a sidebar (newest posts, a
client-only "Đọc nhiều" skeleton, "Lời Bác dạy", a poll with buttons, visitor counter, link
select) and a footer. An article prints: category badge, ``<h1>``, a meta line
("Đăng lúc HH:MM, DD/MM/YYYY", sometimes "Cập nhật: <time>", sometimes "Người đăng: <account>",
views), a tool bar, the lead (``div.bvct-tt``) when there is one, the slice zone, an optional
author card, keyword chips, share links and "Tin cùng chuyên mục" (newest three of its category).

How each gold article is reached
--------------------------------
Home links (with a trailing slash): the featured block reaches S1-S5, the "Thông báo" block
S2 and S10, "Đào tạo - Bồi dưỡng" S3 and S7, "Nghiên cứu - Trao đổi" S4 and S8. S6 is on
``/tin-tuc?page=2`` and ``/chuyen-muc/tin-hoat-dong``; S9 there too (and in S1's and S5's
"Tin liên quan" slice, S6's "Xem thêm"); S11 on ``/chuyen-muc/dao-tao-boi-duong``,
``/tin-tuc?page=3`` and the "Tin cùng chuyên mục" of S3/S7; S12 on
``/chuyen-muc/nghien-cuu-trao-doi``, ``/tin-tuc?page=3`` and under S4/S8. S13 only on
``/tin-tuc?page=3`` and ``/chuyen-muc/tin-hoat-dong?page=2``. A breadth-first walk of every
same-host link fetches 43 pages (budget 60).

Traps
-----
1. Imported articles lie in their machine dates: for the four October articles (S10-S13) the
   ``article:published_time`` meta, JSON-LD ``datePublished`` and the payload's
   ``first_publication_date`` are the import run (2026-11-02T02:10:35Z) and the "Cập nhật"
   ``<time>`` is 02/11/2026; only the printed "Đăng lúc …" is the publication. Gold = printed.
2. Machine dates are UTC: S6 prints "Đăng lúc 06:30, 20/11/2026" while its meta and ``<time>``
   say 2026-11-19T23:30:00Z (the day before). Gold "2026-11-20T06:30:00+07:00".
3. The only ``<time>`` element of an article is the update ("Cập nhật: <time datetime=…>");
   the publication is plain text with the time before the day ("Đăng lúc 15:10, 04/12/2026").
   Gold = the "Đăng lúc" stamp; a printed "00:00" (imports S11, S13) is the day alone.
4. Trailing-slash twins: home blocks link ``/tin-tuc/<uid>/``, listings ``/tin-tuc/<uid>``;
   both answer 200 (canonical without the slash). Gold path without the slash, the slash form
   in ``alt_paths``. An old UID (S3) answers 301 to the new one (linked from the album).
5. Discovery through query-only pager links (``href="?page=3"``) on ``/tin-tuc`` and the
   category pages; S13 is only on page 3 / page 2, "Tin cùng chuyên mục" and the sidebar show
   only the newest posts, and the "Đọc nhiều" box is client-only (an empty skeleton in the HTML).
6. Captions typed as text: in Prismic rich text the editors put a photo inline
   (``<p class="block-img">``) and write its caption as the next paragraph in italics. That
   italic line is the photo's caption, not body (S1, S9, S11); an italic line that only credits
   ("Ảnh: Hoàng Yến") gives caption None. A figcaption "Ảnh: Minh Khôi" (S6) is caption None
   and names the photographer; an image whose ``alt`` is a camera file name has caption None.
7. Bylines as Prismic labels: the closing ``<p><span class="ky-ten">…</span></p>`` is a byline
   ("Tin: Đức Thắng - Ảnh: Minh Khôi", "Bài và ảnh: Nông Thị Diệp", a unit signing alone
   "Khoa Xây dựng Đảng", "BBT" = nobody); the author card ("TS. Nguyễn Thị Thu Hà" / post on the
   next line) gives the name only; "Người đăng: tct.bientap" / "quantri" is a CMS account.
8. Slices that are not text inside the slice zone: the "Tin liên quan" slice (headings,
   thumbnails, titles), the embed slice with the video's oEmbed title under it, the attachment
   slice ("Tệp đính kèm: …pdf") and "Xem thêm: <link>" paragraphs are not body; the quote slice
   (quote and its attribution line) is body.
9. An official notice (S2) is a Prismic table slice with the Party letterhead ("TỈNH ỦY TUYÊN
   QUANG / TRƯỜNG CHÍNH TRỊ / Số: 215/TB-TCT | ĐẢNG CỘNG SẢN VIỆT NAM / Tuyên Quang, ngày 30
   tháng 11 năm 2026"), then "THÔNG BÁO" and its subject, then a closing table ("Nơi nhận" |
   "T/M BAN GIÁM HIỆU / PHÓ HIỆU TRƯỞNG / (Đã ký) / Trần Văn Hùng"). Gold: date "2026-11-30"
   (the page's "Đăng lúc 08:15, 01/12/2026" is not it), author "Trần Văn Hùng", body = the text
   between subject and closing.
10. Footnotes: S4 calls its notes with bare superscripts (``<sup><a href="#cc-1">1</a></sup>``)
    that are not text; S8 calls them in brackets "[1]" which stay. The "Tài liệu tham khảo" /
    "Chú thích" heading and entries are body.
11. Text pasted from a Mac: S12's title and text are printed decomposed (NFD). Gold is NFC.
12. SEO titles: ``<title>`` and ``og:title`` carry the editor's short SEO title, never the
    headline; gold title = the ``<h1>``. One headline ends with an emoji (S9), kept.
13. The payload script holds the Prismic documents (the article's rich text plus the
    descriptions of the related and newest documents), a lead the page does not print as a
    lead (``mo_ta_seo``) and UTC timestamps: none of it is read for the gold.
14. ``<br />`` from a Prismic soft line break inside a paragraph (S5, S10): two paragraphs.

Gold decisions on ambiguous points
----------------------------------
- The bold first paragraph of S9's rich text (no ``div.bvct-tt`` there) is its sapo: summary
  and first body paragraph. Articles without either have summary None, whatever the meta
  description and the payload's ``mo_ta_seo`` say.
- S11's "Xem thêm" points to the old portal's host: printed, not followed, not body.
- Category = the breadcrumb's last item (same as the badge): "Tin hoạt động",
  "Đào tạo - Bồi dưỡng", "Nghiên cứu - Trao đổi", "Thông báo".
- The featured image (``og:image``, listing thumbnails) is not printed on the article page and is
  no article image; author-card avatars and related-news thumbnails are none either.
- The quote slice's attribution line ("— Chủ tịch Hồ Chí Minh") is its own body paragraph
  after the quote.
- The embed slice's printed oEmbed title is the video's label, like a caption: not body.
- "Tin: X - Ảnh: Y" in a label closing the text gives authors [X], photographers [Y]; a credit in
  a caption ("Ảnh: Minh Khôi") adds the photographer.
- A reprint's closing "PGS.TS. Lê Văn Cường - Học viện Chính trị khu vực I" gives author
  "Lê Văn Cường"; the "Nguồn: Tạp chí Tuyên giáo" line under it gives the source.
- The notice's numbered section lines ("1. Đối tượng tuyển sinh") and the "- " items typed by the
  editor are body paragraphs as printed.
- The header clock, the "Cập nhật" stamp, the album's and the video's dates are never an
  article's date; the album, video, document entries and static pages are not articles.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from datetime import datetime, timedelta

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

NAME = "prismic_nuxt_tct"
PLATFORM = "Nuxt 3 SSR + Prismic headless CMS (agency build)"
START_PATH = "/"

SITE_NAME = "Trường Chính trị tỉnh Tuyên Quang"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
REPO = "tct-tuyenquang"
IMPORT_STAMP = "2026-11-02T02:10:35+0000"
BUILD_ID = "8f3c2a91-5d47-4e0b-a1c6-2e9b7d04f1aa"

CATS = {
    "tin-hoat-dong": "Tin hoạt động",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
    "thong-bao": "Thông báo",
}
CAT_IDS = {
    "tin-hoat-dong": "ZxQ1nhEAACIAk3Vd",
    "dao-tao-boi-duong": "ZxQ1shEAACMAk3Wm",
    "nghien-cuu-trao-doi": "ZxQ1yBEAACIAk3YB",
    "thong-bao": "ZxQ12REAACEAk3Zp",
}


def _pid(seed: str, n: int = 16) -> str:
    """A Prismic-looking document/asset id."""
    digest = hashlib.sha1(seed.encode("utf-8")).hexdigest()
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    out = "Z"
    for i in range(n - 1):
        out += alphabet[int(digest[i * 2 : i * 2 + 2], 16) % len(alphabet)]
    return out


def ipx(name: str, mods: str = "w_1200&q_80") -> str:
    """A Nuxt Image (IPX) URL of a Prismic asset, unescaped."""
    return f"/_ipx/{mods}/prismic/{REPO}/{_pid(name)}_{name}.jpg"


def _sign(inner: str) -> Raw:
    """A closing byline printed with the rich-text label ``ky-ten`` (right-aligned by CSS)."""
    return Raw(f'<p><span class="ky-ten">{inner}</span></p>')


def _xem_them(title: str, href: str) -> Raw:
    return Raw(f'<p><strong>Xem thêm: </strong><a href="{href}">{esc(title)}</a></p>')


def _related(ids: list[int]) -> Raw:
    """The editor-picked "Tin liên quan" slice (filled in when the site is built)."""
    return Raw("<section data-related=" + ",".join(str(i) for i in ids) + "></section>")


_EMBED = (
    '<section data-slice-type="nhung" data-slice-variation="default" class="sl-nhung my-6">'
    '<div class="aspect-video" data-oembed="https://www.youtube.com/watch?v=Qk3v7m2TtYc" '
    'data-oembed-type="video" data-oembed-provider="YouTube">'
    '<iframe width="200" height="113" src="https://www.youtube.com/embed/Qk3v7m2TtYc?feature=oembed" '
    'frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; '
    'picture-in-picture; web-share" allowfullscreen '
    'title="Trường Chính trị tỉnh Tuyên Quang - Những người thầy thầm lặng"></iframe></div>'
    '<p class="sl-nhung__td text-sm text-slate-500 mt-2">▶ Trường Chính trị tỉnh Tuyên Quang - '
    "Những người thầy thầm lặng</p></section>"
)

_LETTERHEAD = (
    '<section data-slice-type="bang" data-slice-variation="khongVien" class="sl-bang my-4">'
    '<table class="w-full tb-kv" style="border:0"><tbody><tr>'
    '<td style="width:42%;text-align:center;vertical-align:top">'
    "<p>TỈNH ỦY TUYÊN QUANG</p><p><strong>TRƯỜNG CHÍNH TRỊ</strong></p><p>*</p>"
    "<p>Số: 215/TB-TCT</p></td>"
    '<td style="text-align:center;vertical-align:top">'
    "<p><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong></p><p>&nbsp;</p>"
    "<p><em>Tuyên Quang, ngày 30 tháng 11 năm 2026</em></p></td>"
    "</tr></tbody></table></section>"
    '<section data-slice-type="rich_text" data-slice-variation="canGiua" class="sl-vb text-center">'
    "<p><strong>THÔNG BÁO</strong></p>"
    "<p><strong>Tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027</strong></p>"
    "<p>-----</p></section>"
)

_CLOSING = (
    '<section data-slice-type="bang" data-slice-variation="khongVien" class="sl-bang my-4">'
    '<table class="w-full tb-kv" style="border:0"><tbody><tr>'
    '<td style="width:50%;vertical-align:top"><p><strong><em>Nơi nhận:</em></strong></p>'
    "<p>- Ban Tổ chức Tỉnh ủy (b/c);</p><p>- Các sở, ban, ngành, đoàn thể tỉnh;</p>"
    "<p>- Đảng ủy, UBND các xã, phường;</p><p>- Lưu VT, P.QLĐT&amp;NCKH.</p></td>"
    '<td style="text-align:center;vertical-align:top"><p><strong>T/M BAN GIÁM HIỆU</strong></p>'
    "<p><strong>PHÓ HIỆU TRƯỞNG</strong></p><p><em>(Đã ký)</em></p><p>&nbsp;</p>"
    "<p><strong>Trần Văn Hùng</strong></p></td>"
    "</tr></tbody></table></section>"
    '<section data-slice-type="tep_dinh_kem" data-slice-variation="default" class="sl-tep">'
    '<div class="tep flex items-center gap-2 p-3 bg-slate-50 rounded">'
    '<img src="/_nuxt/icons/pdf.png" alt="" width="20" height="20">'
    '<span>Tệp đính kèm:</span> <a href="/files/TB-215-TCT-tuyen-sinh-TCLLCT-2027.pdf" '
    'target="_blank" rel="noopener">TB-215-TCT-tuyen-sinh-TCLLCT-2027.pdf</a> '
    '<span class="text-xs text-slate-400">(182 KB)</span></div></section>'
)

S1 = Story(
    id=1,
    slug="truong-chinh-tri-tinh-tong-ket-cong-tac-nam-2026-trien-khai-nhiem-vu-nam-2027",
    title="Trường Chính trị tỉnh tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027",
    cat="tin-hoat-dong",
    published_at="2026-12-04T15:10:00+07:00",
    summary=(
        "Chiều 04/12, Trường Chính trị tỉnh Tuyên Quang tổ chức Hội nghị tổng kết công tác năm "
        "2026, triển khai phương hướng, nhiệm vụ năm 2027. Đồng chí Hoàng Thị Minh Nguyệt, Ủy viên "
        "Ban Thường vụ, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dự và chỉ đạo hội nghị."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Năm 2026, trong bối cảnh tỉnh vừa hoàn thành sắp xếp tổ chức bộ máy và vận hành chính "
            "quyền địa phương hai cấp, Nhà trường đã chủ động đổi mới nội dung, chương trình, phương "
            "pháp giảng dạy, gắn lý luận với thực tiễn của địa phương. Công tác đào tạo, bồi dưỡng "
            "cán bộ được triển khai bài bản, đúng kế hoạch, bảo đảm chất lượng."
        ),
        Img(
            ipx("tong-ket-2026-1"),
            "Đồng chí Hoàng Thị Minh Nguyệt, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo và Dân vận "
            "Tỉnh ủy phát biểu chỉ đạo hội nghị.",
            "Đồng chí Hoàng Thị Minh Nguyệt, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo và Dân vận "
            "Tỉnh ủy phát biểu chỉ đạo hội nghị.",
            "fig",
        ),
        P("Hoàn thành vượt kế hoạch đào tạo, bồi dưỡng", "h2"),
        P("Trong năm, Nhà trường đã mở 42 lớp với 3.186 học viên, đạt 112% kế hoạch, trong đó:"),
        P("11 lớp Trung cấp lý luận chính trị với 864 học viên;", "li"),
        P(
            "18 lớp bồi dưỡng cán bộ lãnh đạo, quản lý và bồi dưỡng theo chức danh với 1.517 học viên;",
            "li",
        ),
        P(
            "13 lớp bồi dưỡng nghiệp vụ, cập nhật kiến thức cho đội ngũ cán bộ cấp xã với 805 học viên.",
            "li",
        ),
        P(
            "Công tác nghiên cứu khoa học có nhiều chuyển biến; đội ngũ giảng viên tích cực tham gia "
            "đấu tranh phản bác các quan điểm sai trái, thù địch với 57 bài viết đăng trên các báo, "
            "tạp chí và trang thông tin điện tử.",
            "p;b:57 bài viết",
        ),
        P(
            "Phát biểu chỉ đạo hội nghị, đồng chí Hoàng Thị Minh Nguyệt ghi nhận, biểu dương những "
            "kết quả Nhà trường đạt được; đề nghị trong năm 2027 tiếp tục nâng cao chất lượng đội ngũ "
            "giảng viên, đẩy mạnh chuyển đổi số trong quản lý đào tạo, tăng cường đi nghiên cứu thực "
            "tế tại cơ sở."
        ),
        Img(
            ipx("tong-ket-2026-khen-thuong"),
            "Lãnh đạo Trường Chính trị tỉnh trao Giấy khen cho các tập thể, cá nhân có thành tích "
            "xuất sắc năm 2026.",
            "Lãnh đạo Trường Chính trị tỉnh trao Giấy khen cho các tập thể, cá nhân có thành tích "
            "xuất sắc năm 2026.",
            "rt",
        ),
        P(
            "Dịp này, Nhà trường khen thưởng 4 tập thể và 15 cá nhân có thành tích xuất sắc trong "
            "thực hiện nhiệm vụ năm 2026."
        ),
        _sign("Tin: Đức Thắng - Ảnh: Minh Khôi"),
        _related([5, 9]),
    ],
    authors=["Đức Thắng"],
    photographers=["Minh Khôi"],
    opts={
        "dang": "2026-12-04 15:10",
        "seo": "Tổng kết công tác năm 2026",
        "tags": ["tổng kết", "thi đua khen thưởng"],
    },
)

S2 = Story(
    id=2,
    slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-nam-2027",
    title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch số 98-KH/TCT ngày 15/10/2026 của Trường Chính trị tỉnh Tuyên Quang về "
            "đào tạo, bồi dưỡng cán bộ năm 2027; Trường Chính trị tỉnh thông báo tuyển sinh lớp Trung "
            "cấp lý luận chính trị hệ không tập trung năm 2027, cụ thể như sau:"
        ),
        P("1. Đối tượng tuyển sinh", "bp"),
        P(
            "- Cán bộ, công chức, viên chức đang công tác tại các cơ quan Đảng, Nhà nước, Mặt trận "
            "Tổ quốc và các đoàn thể chính trị - xã hội ở cấp tỉnh và cấp xã;"
        ),
        P("- Cán bộ trong diện quy hoạch các chức danh lãnh đạo, quản lý cấp phòng và tương đương;"),
        P(
            "- Đảng viên có trình độ chuyên môn từ trung cấp trở lên, có thời gian công tác từ 3 năm "
            "trở lên."
        ),
        P("2. Thời gian và địa điểm học tập", "bp"),
        P(
            "Lớp học dự kiến khai giảng vào tháng 3/2027, thời gian học 8 tháng, học tập trung 1 "
            "tuần/tháng tại Trường Chính trị tỉnh (cơ sở 1, phường Minh Xuân) và cơ sở 2 (phường Hà "
            "Giang 1)."
        ),
        P("3. Hồ sơ và thời hạn nộp hồ sơ", "bp"),
        P(
            "Hồ sơ gồm: Quyết định cử đi học của cơ quan có thẩm quyền; bản sao bằng tốt nghiệp "
            "chuyên môn; 02 ảnh 3x4; phiếu đăng ký theo mẫu. Các cơ quan, đơn vị tổng hợp danh sách "
            "gửi về Phòng Quản lý đào tạo và Nghiên cứu khoa học trước ngày 15/01/2027.",
            "p;b:trước ngày 15/01/2027",
        ),
        P(
            "Mọi chi tiết xin liên hệ: Phòng Quản lý đào tạo và Nghiên cứu khoa học, điện thoại "
            "0207.3822.416."
        ),
        Raw(_CLOSING),
    ],
    authors=["Trần Văn Hùng"],
    opts={
        "dang": "2026-12-01 08:15",
        "seo": "Tuyển sinh Trung cấp LLCT 2027",
        "tags": ["tuyển sinh", "trung cấp lý luận chính trị"],
        "account": "tct.bientap",
    },
)

S3 = Story(
    id=3,
    slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-k58-he-khong-tap-trung",
    title="Khai giảng lớp Trung cấp lý luận chính trị K58 hệ không tập trung",
    cat="dao-tao-boi-duong",
    published_at="2026-12-02T09:45:00+07:00",
    summary=(
        "Sáng 02/12, Trường Chính trị tỉnh Tuyên Quang tổ chức Lễ khai giảng lớp Trung cấp lý luận "
        "chính trị K58 hệ không tập trung cho 86 học viên là cán bộ, công chức, viên chức các cơ "
        "quan, đơn vị trên địa bàn tỉnh."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            ipx("khai-giang-k58-quang-canh"),
            "(Quang cảnh lễ khai giảng lớp Trung cấp lý luận chính trị K58)",
            "Quang cảnh lễ khai giảng lớp Trung cấp lý luận chính trị K58",
            "fig",
        ),
        P(
            "Tham gia lớp học có 86 học viên, trong đó 31 học viên nữ, 22 học viên là người dân tộc "
            "thiểu số. Trong thời gian 8 tháng, học viên sẽ được nghiên cứu 6 phần học với 24 học "
            "phần, gồm: những vấn đề cơ bản của chủ nghĩa Mác - Lênin và tư tưởng Hồ Chí Minh; những "
            "vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng Cộng sản Việt Nam; những vấn đề cơ bản về "
            "hệ thống chính trị, Nhà nước và pháp luật; quan điểm, đường lối của Đảng và chính sách, "
            "pháp luật của Nhà nước về các lĩnh vực của đời sống xã hội; kỹ năng lãnh đạo, quản lý; "
            "tình hình, nhiệm vụ của địa phương và nghiên cứu thực tế."
        ),
        P(
            "Phát biểu khai giảng, đồng chí Hà Trung Kiên, Hiệu trưởng Nhà trường đề nghị các học "
            "viên nêu cao tinh thần tự giác, chấp hành nghiêm quy chế học tập, nội quy của Nhà "
            "trường; tích cực nghiên cứu, trao đổi, liên hệ thực tiễn công tác tại cơ quan, đơn vị."
        ),
        Img(
            ipx("khai-giang-k58-luu-niem"),
            "Học viên lớp K58 chụp ảnh lưu niệm với lãnh đạo Nhà trường.",
            "Học viên lớp K58 chụp ảnh lưu niệm với lãnh đạo Nhà trường.",
            "fig",
        ),
        P(
            "Đại diện học viên, đồng chí Nguyễn Thị Lan Anh, Lớp trưởng hứa quyết tâm hoàn thành tốt "
            "nhiệm vụ học tập, rèn luyện, xây dựng lớp học đoàn kết, kỷ cương."
        ),
        _sign("Bài và ảnh: Nông Thị Diệp"),
    ],
    authors=["Nông Thị Diệp"],
    photographers=["Nông Thị Diệp"],
    opts={
        "dang": "2026-12-02 09:45",
        "seo": "Khai giảng lớp TCLLCT K58",
        "tags": ["khai giảng", "K58"],
        "account": "tct.bientap",
        "old_uid": "khai-giang-lop-tccc-k58",
    },
)

S4 = Story(
    id=4,
    slug="nang-cao-nang-luc-tu-hoc-cua-hoc-vien-he-trung-cap-ly-luan-chinh-tri",
    title=(
        "Nâng cao năng lực tự học của học viên hệ trung cấp lý luận chính trị trong bối cảnh "
        "chuyển đổi số"
    ),
    cat="nghien-cuu-trao-doi",
    published_at="2026-11-27T10:20:00+07:00",
    summary=(
        "Tự học là khâu quyết định chất lượng đào tạo lý luận chính trị. Bài viết phân tích thực "
        "trạng năng lực tự học của học viên hệ trung cấp lý luận chính trị tại Trường Chính trị tỉnh "
        "Tuyên Quang và đề xuất một số giải pháp trong bối cảnh chuyển đổi số."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng tiếp tục khẳng định yêu cầu "
            "đổi mới căn bản, toàn diện giáo dục và đào tạo, chuyển mạnh từ trang bị kiến thức sang "
            "phát triển năng lực người học.",
            "p;sup:lần thứ XIV:1",
        ),
        P("1. Thực trạng năng lực tự học của học viên", "h2"),
        P(
            "Khảo sát 320 học viên của 8 lớp trung cấp lý luận chính trị năm 2026 cho thấy 71,3% học "
            "viên dành dưới 5 giờ mỗi tuần cho việc tự học; 64,5% chủ yếu đọc giáo trình, ít tìm đọc "
            "tài liệu tham khảo, văn kiện gốc."
        ),
        P(
            "Nguyên nhân chủ yếu là phần lớn học viên vừa học vừa làm, chịu áp lực công việc tại cơ "
            "quan; kỹ năng khai thác tài liệu số còn hạn chế; hệ thống học liệu điện tử của Nhà trường "
            "chưa đồng bộ."
        ),
        P("2. Một số giải pháp", "h2"),
        P(
            "Thứ nhất, đổi mới phương pháp giảng dạy theo hướng giao nhiệm vụ tự học trước mỗi bài "
            "giảng, kết hợp kiểm tra, đánh giá thường xuyên theo chương trình đào tạo do Học viện "
            "Chính trị quốc gia Hồ Chí Minh ban hành.",
            "p;b:Thứ nhất;sup:Hồ Chí Minh ban hành:2",
        ),
        P(
            "Thứ hai, xây dựng kho học liệu số dùng chung, số hóa giáo trình, văn kiện, bài giảng mẫu "
            "và tình huống thực tiễn của địa phương để học viên tra cứu mọi lúc, mọi nơi.",
            "p;b:Thứ hai",
        ),
        Img(ipx("hoc-lieu-so-minh-hoa"), None, None, "rt"),
        P(
            "Thứ ba, phát huy vai trò của giảng viên chủ nhiệm và ban cán sự lớp trong tổ chức các "
            "nhóm tự học, sinh hoạt chuyên đề, trao đổi kinh nghiệm.",
            "p;b:Thứ ba",
        ),
        P("Chú thích", "h3"),
        P(
            "Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIV, Nxb. Chính trị "
            "quốc gia Sự thật, Hà Nội, 2026.",
            "oli",
        ),
        P(
            "Học viện Chính trị quốc gia Hồ Chí Minh: Chương trình đào tạo trung cấp lý luận chính "
            "trị, Hà Nội, 2021.",
            "oli",
        ),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    opts={
        "dang": "2026-11-27 10:20",
        "updated": "2026-11-28 14:02",
        "seo": "Năng lực tự học của học viên TCLLCT",
        "tags": ["nghiên cứu khoa học", "chuyển đổi số"],
        "card": ("TS. Nguyễn Thị Thu Hà", "Phó Trưởng Khoa Lý luận cơ sở"),
    },
)

S5 = Story(
    id=5,
    slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv",
    title=(
        "Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề về phong cách làm việc khoa học, dân chủ"
    ),
    cat="tin-hoat-dong",
    published_at="2026-11-25T16:05:00+07:00",
    blocks=[
        P(
            "Chiều 25/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV năm 2026 với "
            "chủ đề “Học tập và làm theo phong cách làm việc khoa học, dân chủ, nêu gương của Chủ tịch "
            "Hồ Chí Minh”. Đồng chí Ma Thị Thanh Hương, Phó Bí thư Đảng ủy, Phó Hiệu trưởng Nhà trường "
            "dự."
        ),
        P(
            "Tại buổi sinh hoạt, đồng chí Lương Văn Toàn, Trưởng Khoa Xây dựng Đảng trình bày báo cáo "
            "đề dẫn, làm rõ những nội dung cốt lõi trong phong cách làm việc của Bác: làm việc có kế "
            "hoạch, sâu sát thực tế, tôn trọng tập thể và luôn nói đi đôi với làm."
        ),
        Img(
            ipx("chi-bo-xdd-sinh-hoat"),
            "Đảng viên Chi bộ Khoa Xây dựng Đảng thảo luận tại buổi sinh hoạt chuyên đề.",
            "Đảng viên Chi bộ Khoa Xây dựng Đảng thảo luận tại buổi sinh hoạt chuyên đề.",
            "fig",
        ),
        P(
            "Các đảng viên đã thảo luận, liên hệ với thực tiễn công tác giảng dạy và đăng ký những "
            "việc làm cụ thể:"
        ),
        P(
            "Một là, chuẩn bị bài giảng chu đáo, cập nhật kịp thời các văn kiện, nghị quyết mới của "
            "Đảng;"
        ),
        P("Hai là, thực hiện nghiêm giờ giấc, nội quy lên lớp, tôn trọng ý kiến của học viên.", "br"),
        P(
            "Kết luận buổi sinh hoạt, đồng chí Bí thư Chi bộ đề nghị mỗi đảng viên tiếp tục nêu cao "
            "tinh thần tự học, tự rèn, đưa nội dung chuyên đề vào kiểm điểm, đánh giá cuối năm."
        ),
        _sign("Khoa Xây dựng Đảng"),
        _related([9]),
    ],
    authors=["Khoa Xây dựng Đảng"],
    opts={
        "dang": "2026-11-25 16:05",
        "seo": "Sinh hoạt chuyên đề quý IV - Chi bộ Khoa XDĐ",
        "tags": ["sinh hoạt chi bộ", "học tập và làm theo Bác"],
    },
)

S6 = Story(
    id=6,
    slug="toa-dam-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Tọa đàm kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="tin-hoat-dong",
    published_at="2026-11-20T06:30:00+07:00",
    summary=(
        "Chiều 19/11, Công đoàn và Đoàn Thanh niên Trường Chính trị tỉnh phối hợp tổ chức Tọa đàm kỷ "
        "niệm 44 năm Ngày Nhà giáo Việt Nam. Đến dự có các đồng chí nguyên lãnh đạo Nhà trường qua "
        "các thời kỳ, các thầy giáo, cô giáo đã nghỉ hưu."
    ),
    sapo_outside=True,
    blocks=[
        Img(ipx("toa-dam-20-11"), "Ảnh: Minh Khôi", None, "fig"),
        P(
            "Tại buổi tọa đàm, các đại biểu đã cùng nhìn lại chặng đường xây dựng và phát triển của "
            "Nhà trường, ôn lại những kỷ niệm về các thế hệ nhà giáo đã gắn bó, cống hiến cho sự "
            "nghiệp đào tạo, bồi dưỡng cán bộ của tỉnh."
        ),
        P(
            "Thay mặt Ban Giám hiệu, đồng chí Hà Trung Kiên, Hiệu trưởng bày tỏ sự tri ân sâu sắc tới "
            "các thầy giáo, cô giáo; mong muốn mỗi giảng viên tiếp tục giữ gìn phẩm chất, đạo đức nhà "
            "giáo, không ngừng học tập nâng cao trình độ, xứng đáng với niềm tin của Tỉnh ủy và học "
            "viên."
        ),
        Raw(_EMBED),
        P(
            "Dịp này, Đoàn Thanh niên Nhà trường tổ chức chương trình văn nghệ chào mừng với nhiều "
            "tiết mục đặc sắc, mang đậm bản sắc văn hóa các dân tộc Tuyên Quang."
        ),
        _xem_them(
            "Chúc mừng 5 giảng viên đạt danh hiệu Giảng viên dạy giỏi năm 2026 🎉",
            "/tin-tuc/chuc-mung-5-giang-vien-dat-danh-hieu-giang-vien-day-gioi-nam-2026",
        ),
        _sign("Lê Hương Giang - Bí thư Chi đoàn"),
    ],
    authors=["Lê Hương Giang"],
    photographers=["Minh Khôi"],
    opts={
        "dang": "2026-11-20 06:30",
        "updated": "2026-11-21 08:12",
        "seo": "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "tags": ["20/11", "công đoàn", "đoàn thanh niên"],
    },
)

S7 = Story(
    id=7,
    slug="be-giang-lop-boi-duong-can-bo-lanh-dao-quan-ly-cap-phong-nam-2026",
    title="Bế giảng lớp Bồi dưỡng cán bộ lãnh đạo, quản lý cấp phòng và tương đương năm 2026",
    cat="dao-tao-boi-duong",
    published_at="2026-11-16T17:40:00+07:00",
    blocks=[
        P(
            "Chiều 16/11, Trường Chính trị tỉnh tổ chức bế giảng lớp Bồi dưỡng cán bộ lãnh đạo, quản "
            "lý cấp phòng và tương đương năm 2026 cho 65 học viên là trưởng, phó phòng và tương đương "
            "các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân các xã, phường."
        ),
        Img(ipx("IMG_20261116_093512"), None, None, "fig-alt:IMG_20261116_093512"),
        P(
            "Qua hơn 1 tháng học tập, các học viên đã được trang bị những kiến thức cơ bản về lãnh "
            "đạo, quản lý; kỹ năng xây dựng kế hoạch, tổ chức thực hiện nhiệm vụ, giải quyết tình "
            "huống và xử lý khủng hoảng truyền thông trong hoạt động lãnh đạo, quản lý."
        ),
        P(
            "Kết quả, 100% học viên đủ điều kiện được cấp chứng chỉ; trong đó 27 học viên đạt loại "
            "giỏi (41,5%), 38 học viên đạt loại khá (58,5%)."
        ),
        Img(
            ipx("be-giang-cap-phong-trao-chung-chi"),
            "Đồng chí Ma Thị Thanh Hương, Phó Hiệu trưởng trao chứng chỉ cho các học viên.",
            "Đồng chí Ma Thị Thanh Hương, Phó Hiệu trưởng trao chứng chỉ cho các học viên.",
            "fig",
        ),
        P(
            "Dịp này, Nhà trường tặng Giấy khen cho 6 học viên có thành tích xuất sắc trong học tập, "
            "rèn luyện."
        ),
    ],
    opts={
        "dang": "2026-11-16 17:40",
        "seo": "Bế giảng lớp bồi dưỡng cấp phòng 2026",
        "tags": ["bồi dưỡng", "bế giảng"],
        "account": "quantri",
    },
)

S8 = Story(
    id=8,
    slug="van-dung-tu-tuong-ho-chi-minh-ve-hoc-di-doi-voi-hanh-trong-giang-day",
    title=(
        "Vận dụng tư tưởng Hồ Chí Minh về “học đi đôi với hành” trong giảng dạy lý luận chính trị "
        "ở cấp tỉnh"
    ),
    cat="nghien-cuu-trao-doi",
    published_at="2026-11-10T08:00:00+07:00",
    summary=(
        "Tư tưởng Hồ Chí Minh về học đi đôi với hành, lý luận gắn liền với thực tiễn là kim chỉ nam "
        "cho công tác đào tạo, bồi dưỡng lý luận chính trị. Bài viết đề cập một số yêu cầu vận dụng "
        "tư tưởng đó trong giảng dạy tại trường chính trị cấp tỉnh hiện nay."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Chủ tịch Hồ Chí Minh đặc biệt coi trọng sự thống nhất giữa lý luận và thực tiễn. Theo "
            "Người, lý luận phải được đem ra áp dụng vào công việc thực tế, và thực tế phải được tổng "
            "kết để bổ sung, phát triển lý luận.[1]"
        ),
        P(
            "“Thống nhất giữa lý luận và thực tiễn là một nguyên tắc căn bản của chủ nghĩa Mác - "
            "Lênin. Thực tiễn không có lý luận hướng dẫn thì thành thực tiễn mù quáng. Lý luận mà "
            "không liên hệ với thực tiễn là lý luận suông.”",
            "quote",
        ),
        P("— Chủ tịch Hồ Chí Minh", "cite"),
        P(
            "Quán triệt quan điểm đó, giảng dạy lý luận chính trị ở trường chính trị cấp tỉnh trước "
            "hết phải gắn nội dung bài giảng với tình hình thực tiễn của địa phương, nhất là những "
            "vấn đề mới phát sinh sau khi sắp xếp đơn vị hành chính và vận hành chính quyền địa "
            "phương hai cấp.[2]"
        ),
        P(
            "Bên cạnh đó, cần tăng cường tổ chức cho học viên đi nghiên cứu thực tế, viết thu hoạch, "
            "tiểu luận về những vấn đề cụ thể tại cơ quan, đơn vị mình công tác; coi đây là tiêu chí "
            "quan trọng trong đánh giá kết quả học tập."
        ),
        P(
            "Đối với đội ngũ giảng viên, phải thường xuyên đi thực tế, tham gia các đoàn khảo sát, "
            "kiểm tra, giám sát của cấp ủy để tích lũy tư liệu, làm phong phú bài giảng.",
            "p;i:phải thường xuyên đi thực tế",
        ),
        P("Tài liệu tham khảo", "h3"),
        P(
            "[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.8, tr.496."
        ),
        P(
            "[2] Tỉnh ủy Tuyên Quang: Báo cáo sơ kết 1 năm thực hiện mô hình chính quyền địa phương "
            "hai cấp, Tuyên Quang, 2026."
        ),
    ],
    authors=["Đặng Văn Lợi"],
    opts={
        "dang": "2026-11-10 08:00",
        "seo": "Học đi đôi với hành trong giảng dạy LLCT",
        "tags": ["tư tưởng Hồ Chí Minh", "phương pháp giảng dạy"],
        "card": ("ThS. Đặng Văn Lợi", "Giảng viên Khoa Nhà nước và pháp luật"),
    },
)

S9 = Story(
    id=9,
    slug="chuc-mung-5-giang-vien-dat-danh-hieu-giang-vien-day-gioi-nam-2026",
    title="Chúc mừng 5 giảng viên đạt danh hiệu Giảng viên dạy giỏi năm 2026 🎉",
    cat="tin-hoat-dong",
    published_at="2026-11-05T14:25:00+07:00",
    summary=(
        "Tại Hội thi Giảng viên dạy giỏi các trường chính trị tỉnh, thành phố khu vực phía Bắc năm "
        "2026 tổ chức tại tỉnh Lào Cai, Trường Chính trị tỉnh Tuyên Quang có 5/5 giảng viên dự thi "
        "đạt danh hiệu Giảng viên dạy giỏi, trong đó 2 giảng viên đạt giải Nhì."
    ),
    blocks=[
        P(
            "Tại Hội thi Giảng viên dạy giỏi các trường chính trị tỉnh, thành phố khu vực phía Bắc năm "
            "2026 tổ chức tại tỉnh Lào Cai, Trường Chính trị tỉnh Tuyên Quang có 5/5 giảng viên dự thi "
            "đạt danh hiệu Giảng viên dạy giỏi, trong đó 2 giảng viên đạt giải Nhì.",
            "strong",
        ),
        P(
            "Hội thi diễn ra từ ngày 27/10 đến 01/11/2026 với sự tham gia của 96 giảng viên đến từ 18 "
            "trường chính trị. Các giảng viên trình bày bài giảng trực tiếp trên lớp, kết hợp ứng dụng "
            "công nghệ thông tin và các phương pháp dạy học tích cực."
        ),
        Img(
            ipx("hoi-thi-gvdg-2026-nhan-giay-chung-nhan"),
            "Các giảng viên Trường Chính trị tỉnh Tuyên Quang nhận giấy chứng nhận tại Hội thi.",
            "Các giảng viên Trường Chính trị tỉnh Tuyên Quang nhận giấy chứng nhận tại Hội thi.",
            "rt",
        ),
        P(
            "Giảng viên Nguyễn Thị Thu Hà (Khoa Lý luận cơ sở) và giảng viên Triệu Văn Sơn (Khoa Dân "
            "vận) đạt giải Nhì; các giảng viên Đặng Văn Lợi, Hoàng Thị Bích Ngọc, Lý Thị Mai đạt giải "
            "Khuyến khích."
        ),
        Img(
            ipx("hoi-thi-gvdg-2026-trieu-van-son"),
            "Giảng viên Triệu Văn Sơn trình bày bài giảng “Công tác dân vận trong tình hình mới”.",
            "Giảng viên Triệu Văn Sơn trình bày bài giảng “Công tác dân vận trong tình hình mới”.",
            "rt",
        ),
        P(
            "Kết quả trên khẳng định chất lượng đội ngũ giảng viên của Nhà trường, đồng thời là động "
            "lực để cán bộ, giảng viên tiếp tục thi đua dạy tốt, học tốt."
        ),
        _sign("BBT"),
    ],
    opts={
        "dang": "2026-11-05 14:25",
        "updated": "2026-11-06 09:40",
        "seo": "5 giảng viên đạt danh hiệu giảng viên dạy giỏi",
        "tags": ["hội thi", "giảng viên dạy giỏi"],
    },
)

S10 = Story(
    id=10,
    slug="hoc-vien-cac-lop-tap-trung-nghi-hoc-ngay-30-10-do-anh-huong-cua-bao-so-12",
    title="Học viên các lớp tập trung nghỉ học ngày 30/10 do ảnh hưởng của bão số 12",
    cat="thong-bao",
    published_at="2026-10-29T16:45:00+07:00",
    blocks=[
        P(
            "Thực hiện Công điện số 15/CĐ-UBND ngày 29/10/2026 của Ủy ban nhân dân tỉnh về việc ứng "
            "phó với bão số 12 và mưa lũ, Trường Chính trị tỉnh thông báo:"
        ),
        P(
            "Học viên các lớp học tập trung tại cơ sở 1 và cơ sở 2 nghỉ học ngày 30/10/2026 (thứ Sáu).",
            "p;b:nghỉ học ngày 30/10/2026",
        ),
        P("Lịch học bù sẽ được các khoa thông báo tới ban cán sự lớp sau.", "br"),
        P(
            "Học viên ở khu ký túc xá chủ động chằng chống cửa, không ra ngoài khi có mưa to, gió lớn; "
            "khi cần hỗ trợ liên hệ trực ban Nhà trường qua số điện thoại 0207.3822.168."
        ),
        _sign("Phòng Quản lý đào tạo và Nghiên cứu khoa học"),
    ],
    authors=["Phòng Quản lý đào tạo và Nghiên cứu khoa học"],
    opts={
        "dang": "2026-10-29 16:45",
        "seo": "Nghỉ học do bão số 12",
        "tags": ["thông báo", "phòng chống thiên tai"],
    },
)

S11 = Story(
    id=11,
    slug="hoc-vien-lop-trung-cap-ly-luan-chinh-tri-k56-nghien-cuu-thuc-te-tai-xa-lam-binh",
    title="Học viên lớp Trung cấp lý luận chính trị K56 nghiên cứu thực tế tại xã Lâm Bình",
    cat="dao-tao-boi-duong",
    published_at="2026-10-22",
    blocks=[
        P(
            "Từ ngày 20 đến 21/10, Trường Chính trị tỉnh tổ chức cho 78 học viên lớp Trung cấp lý luận "
            "chính trị K56 hệ không tập trung đi nghiên cứu thực tế tại xã Lâm Bình."
        ),
        Img(
            ipx("k56-nctt-lam-binh-1"),
            "Lãnh đạo xã Lâm Bình thông tin về tình hình phát triển kinh tế - xã hội của địa phương.",
            "Lãnh đạo xã Lâm Bình thông tin về tình hình phát triển kinh tế - xã hội của địa phương.",
            "fig",
        ),
        P(
            "Tại buổi làm việc, đoàn đã được nghe lãnh đạo Đảng ủy, Ủy ban nhân dân xã thông tin về "
            "tình hình phát triển kinh tế - xã hội, công tác xây dựng Đảng, xây dựng hệ thống chính trị "
            "và kết quả vận hành mô hình chính quyền địa phương hai cấp."
        ),
        P(
            "Đoàn đã tham quan mô hình du lịch cộng đồng tại thôn Nà Tông, tìm hiểu nghề dệt thổ cẩm "
            "truyền thống của đồng bào Tày và các mô hình trồng cam, nuôi cá lồng trên lòng hồ thủy "
            "điện Tuyên Quang."
        ),
        Img(
            ipx("k56-nctt-lam-binh-tho-cam"),
            "Học viên tìm hiểu nghề dệt thổ cẩm của đồng bào Tày thôn Nà Tông.",
            "Học viên tìm hiểu nghề dệt thổ cẩm của đồng bào Tày thôn Nà Tông.",
            "rt",
        ),
        Img(ipx("k56-nctt-lam-binh-ca-long"), "Ảnh: Hoàng Yến", None, "rt"),
        P(
            "Qua chuyến nghiên cứu thực tế, học viên có thêm tư liệu để hoàn thành bài thu hoạch, đồng "
            "thời học tập kinh nghiệm trong lãnh đạo, chỉ đạo phát triển kinh tế - xã hội ở vùng đồng "
            "bào dân tộc thiểu số."
        ),
        _xem_them(
            "Khai giảng lớp Trung cấp lý luận chính trị K56 hệ không tập trung",
            "http://truongchinhtri.tuyenquang.gov.vn/tin-tuc/khai-giang-lop-tccc-k56-1187.html",
        ),
        _sign("Tin, ảnh: Hoàng Yến"),
    ],
    authors=["Hoàng Yến"],
    photographers=["Hoàng Yến"],
    opts={
        "dang": "2026-10-22 00:00",
        "seo": "K56 nghiên cứu thực tế tại Lâm Bình",
        "tags": ["nghiên cứu thực tế", "K56"],
    },
)

S12 = Story(
    id=12,
    slug="phat-huy-vai-tro-cua-nhan-dan-trong-dau-tranh-phan-bac-cac-quan-diem-sai-trai",
    title=(
        "Phát huy vai trò của nhân dân trong đấu tranh phản bác các quan điểm sai trái, thù địch "
        "trên không gian mạng"
    ),
    cat="nghien-cuu-trao-doi",
    published_at="2026-10-14T09:30:00+07:00",
    summary=(
        "Bảo vệ nền tảng tư tưởng của Đảng là nhiệm vụ của toàn Đảng, toàn dân, toàn quân. Trong bối "
        "cảnh không gian mạng phát triển mạnh mẽ, việc phát huy vai trò của nhân dân có ý nghĩa đặc "
        "biệt quan trọng."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Các thế lực thù địch, phản động ngày càng triệt để lợi dụng mạng xã hội để xuyên tạc "
            "đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước, gây hoài nghi, chia rẽ "
            "trong xã hội. Thủ đoạn của chúng ngày càng tinh vi, khó nhận diện."
        ),
        P(
            "Thực tiễn cho thấy, ở đâu nhân dân được thông tin đầy đủ, kịp thời, chính xác thì ở đó "
            "các luận điệu sai trái khó có đất sống. Mỗi người dân, với vốn hiểu biết và trải nghiệm "
            "thực tế của mình, chính là “tấm lá chắn” vững chắc trước thông tin xấu, độc."
        ),
        P("Một số giải pháp", "h3"),
        P(
            "Nâng cao chất lượng công tác thông tin, tuyên truyền, định hướng dư luận xã hội, chủ động "
            "cung cấp thông tin chính thống.",
            "oli",
        ),
        P(
            "Phát huy vai trò của người có uy tín trong đồng bào dân tộc thiểu số, chức sắc tôn giáo, "
            "trí thức, văn nghệ sĩ trong lan tỏa thông tin tích cực.",
            "oli",
        ),
        P(
            "Xây dựng lực lượng nòng cốt trên không gian mạng ở cơ sở, kịp thời phát hiện, phản bác "
            "thông tin sai trái.",
            "oli",
        ),
        P(
            "Phát huy vai trò của nhân dân không chỉ là giải pháp trước mắt mà là vấn đề có tính chiến "
            "lược, lâu dài trong bảo vệ nền tảng tư tưởng của Đảng."
        ),
        _sign("PGS.TS. Lê Văn Cường - Học viện Chính trị khu vực I"),
        Raw("<p><em>Nguồn: Tạp chí Tuyên giáo</em></p>"),
    ],
    authors=["Lê Văn Cường"],
    source="Tạp chí Tuyên giáo",
    opts={
        "dang": "2026-10-14 09:30",
        "seo": "Vai trò của nhân dân trong bảo vệ nền tảng tư tưởng",
        "tags": ["bảo vệ nền tảng tư tưởng của Đảng"],
        "nfd": True,
    },
)

S13 = Story(
    id=13,
    slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-lam-viec-tai-truong-chinh-tri-tinh",
    title="Đoàn công tác Học viện Chính trị khu vực I làm việc tại Trường Chính trị tỉnh",
    cat="tin-hoat-dong",
    published_at="2026-10-08",
    summary=(
        "Ngày 07/10, Đoàn công tác Học viện Chính trị khu vực I do PGS.TS Nguyễn Xuân Phong, Phó "
        "Giám đốc Học viện làm trưởng đoàn đã đến thăm và làm việc tại Trường Chính trị tỉnh Tuyên "
        "Quang."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Báo cáo với đoàn công tác, đồng chí Hà Trung Kiên, Hiệu trưởng cho biết, sau khi hợp nhất "
            "Trường Chính trị tỉnh Hà Giang và Trường Chính trị tỉnh Tuyên Quang, Nhà trường hiện có 2 "
            "cơ sở đào tạo với 87 cán bộ, viên chức, trong đó 56 giảng viên; 9 tháng năm 2026 đã mở 31 "
            "lớp với gần 2.400 học viên."
        ),
        Img(
            ipx("hvctkv1-lam-viec"),
            "PGS.TS Nguyễn Xuân Phong, Phó Giám đốc Học viện Chính trị khu vực I phát biểu tại buổi "
            "làm việc.",
            "PGS.TS Nguyễn Xuân Phong, Phó Giám đốc Học viện Chính trị khu vực I phát biểu tại buổi "
            "làm việc.",
            "fig",
        ),
        P(
            "Theo kế hoạch, hai bên sẽ phối hợp tổ chức hội thảo khoa học về công tác đào tạo, bồi "
            "dưỡng cán bộ cấp xã vào quý I năm 2027 và liên kết mở lớp cao cấp lý luận chính trị tại "
            "tỉnh."
        ),
        P(
            "Phát biểu tại buổi làm việc, PGS.TS Nguyễn Xuân Phong đánh giá cao những kết quả Nhà "
            "trường đạt được trong thời gian ngắn sau hợp nhất; đề nghị Nhà trường tiếp tục chuẩn hóa "
            "đội ngũ giảng viên, tăng cường liên kết, trao đổi kinh nghiệm giữa các trường chính trị "
            "trong khu vực."
        ),
        _sign("<em>Theo Báo Tuyên Quang</em>"),
        _related([6]),
    ],
    source="Báo Tuyên Quang",
    opts={
        "dang": "2026-10-08 00:00",
        "seo": "Học viện CT khu vực I làm việc tại Trường",
        "tags": ["hợp tác", "Học viện Chính trị khu vực I"],
    },
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_ID = {s.id: s for s in STORIES}
BY_UID = {s.slug: s for s in STORIES}
OLD_UIDS = {s.opts["old_uid"]: s for s in STORIES if "old_uid" in s.opts}
#: newest first by the printed publication stamp, as the Prismic query orders ``my.tin_tuc.ngay_dang``
ORDERED = sorted(STORIES, key=lambda s: s.opts["dang"], reverse=True)


# --- dates ---------------------------------------------------------------------------------

_LAUNCH = "2026-11-02 09:10"  # the import run, local time


def _local(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M")


def _utc(stamp: str) -> datetime:
    return _local(stamp) - timedelta(hours=7)


def _prismic(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S+0000")


def _iso_z(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _imported(story: Story) -> bool:
    return story.opts["dang"] < _LAUNCH


def _first_pub(story: Story) -> datetime:
    return datetime(2026, 11, 2, 2, 10, 35) if _imported(story) else _utc(story.opts["dang"])


def _last_pub(story: Story) -> datetime | None:
    if "updated" in story.opts:
        return _utc(story.opts["updated"])
    if _imported(story):
        return datetime(2026, 11, 2, 2, 10, 41)
    return None


def _day(stamp: str) -> str:
    return _local(stamp).strftime("%d/%m/%Y")


# --- the devalue payload ----------------------------------------------------------------------


class _Wrap:
    """A devalue reviver wrapper: ``["ShallowReactive", idx]``."""

    def __init__(self, kind: str, value: object):
        self.kind, self.value = kind, value


def devalue(root: object) -> str:
    """Flatten ``root`` the way Nuxt's devalue stringify does (indexes into one array)."""
    out: list[object] = []
    seen: dict[tuple[str, object], int] = {}

    def add(value: object) -> int:
        if isinstance(value, str | int | float | bool) or value is None:
            key = (type(value).__name__, value)
            if key in seen:
                return seen[key]
            seen[key] = len(out)
            out.append(value)
            return seen[key]
        idx = len(out)
        out.append(None)
        if isinstance(value, _Wrap):
            out[idx] = [value.kind, add(value.value)]
        elif isinstance(value, dict):
            out[idx] = {k: add(v) for k, v in value.items()}
        else:
            out[idx] = [add(v) for v in value]  # type: ignore[union-attr]
        return idx

    add(root)
    return json.dumps(out, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def _doc(story: Story, full: bool) -> dict:
    """The Prismic document of a story as the payload carries it."""
    last = _last_pub(story) or _first_pub(story)
    data: dict[str, object] = {
        "tieu_de": [{"type": "heading1", "text": story.title, "spans": []}],
        "tom_tat": [{"type": "paragraph", "text": story.summary, "spans": []}]
        if story.sapo_outside
        else [],
        "ngay_dang": _prismic(_utc(story.opts["dang"])),
        "danh_muc": {
            "id": CAT_IDS[story.cat],
            "type": "danh_muc",
            "uid": story.cat,
            "lang": "vi-vn",
            "link_type": "Document",
            "isBroken": False,
        },
        "anh_dai_dien": {
            "dimensions": {"width": 1200, "height": 630},
            "alt": None,
            "copyright": None,
            "url": f"https://images.prismic.io/{REPO}/{_pid('thumb' + story.slug)}_thumb.jpg"
            "?auto=format,compress",
        },
        "tieu_de_seo": story.opts["seo"],
        "mo_ta_seo": _desc(story),
    }
    if full:
        data["slices"] = [
            {
                "slice_type": "rich_text",
                "slice_label": None,
                "variation": "default",
                "id": f"rich_text${_pid(story.slug + 'rt', 8)}",
                "primary": {
                    "noi_dung": [
                        {"type": "paragraph", "text": p.text, "spans": []}
                        for p in story.blocks
                        if isinstance(p, P)
                    ]
                },
                "items": [],
            }
        ]
    return {
        "id": _pid(story.slug),
        "uid": story.slug,
        "url": f"/tin-tuc/{story.slug}",
        "type": "tin_tuc",
        "href": f"https://{REPO}.cdn.prismic.io/api/v2/documents/search?ref=Z1Fq3hIAACQAJx0P"
        f"&q=%5B%5B%3Ad+%3D+at%28document.id%2C+%22{_pid(story.slug)}%22%29+%5D%5D",
        "tags": list(story.opts.get("tags", [])),
        "first_publication_date": _prismic(_first_pub(story)),
        "last_publication_date": _prismic(last),
        "slugs": [story.slug],
        "linked_documents": [],
        "lang": "vi-vn",
        "alternate_languages": [],
        "data": data,
    }


def _payload(path: str, data: dict) -> str:
    root = _Wrap(
        "ShallowReactive",
        {
            "data": _Wrap("ShallowReactive", data),
            "state": {"$sprismic-preview": False, "$scounter-online": 27},
            "once": _Wrap("Set", []),
            "_errors": _Wrap("ShallowReactive", {}),
            "serverRendered": True,
            "path": path,
        },
    )
    return devalue(root)


# --- markup of the text -----------------------------------------------------------------------

_H = {"h2": "h2", "h3": "h3"}


def _t(value: str) -> str:
    return text(value)


def _inline(par: P) -> tuple[str, str]:
    """(kind, inner html) of a paragraph with its inline marks applied."""
    kind, *mods = par.style.split(";") if par.style else ("p",)
    inner = _t(par.text)
    for mod in mods:
        name, _, arg = mod.partition(":")
        if name in ("b", "i"):
            tag = "strong" if name == "b" else "em"
            inner = inner.replace(_t(arg), f"<{tag}>{_t(arg)}</{tag}>", 1)
        elif name == "sup":
            anchor, number = arg.rsplit(":", 1)
            call = f'<sup class="cc"><a href="#cc-{number}" id="ref-cc-{number}">{number}</a></sup>'
            inner = inner.replace(_t(anchor), _t(anchor) + call, 1)
    return kind or "p", inner


def _img_tag(src: str, alt: str = "", extra: str = "") -> str:
    small = src.replace("/w_1200&", "/w_640&")
    return (
        f'<img src="{esc(src)}" srcset="{esc(small)} 640w, {esc(src)} 1200w" '
        f'sizes="(max-width: 768px) 100vw, 800px" alt="{esc(alt)}" width="1200" height="800" '
        f'loading="lazy"{extra}>'
    )


def _related_slice(ids: list[int]) -> str:
    items = []
    for i in ids:
        s = BY_ID[i]
        items.append(
            f'<li class="flex gap-3 py-2"><a href="/tin-tuc/{s.slug}" class="shrink-0">'
            f'<img src="{esc(ipx("thumb-" + s.slug, "s_160x100&q_70"))}" alt="" width="160" '
            f'height="100" loading="lazy"></a><a href="/tin-tuc/{s.slug}" class="font-medium '
            f'hover:text-red-700">{esc(s.title)}</a></li>'
        )
    return (
        '<section data-slice-type="tin_lien_quan" data-slice-variation="default" '
        'class="sl-tlq my-6 p-4 bg-amber-50 border-l-4 border-red-700">'
        '<h3 class="sl-tlq__td font-bold uppercase text-red-800">Tin liên quan</h3>'
        f'<ul>{"".join(items)}</ul></section>'
    )


RICH_OPEN = (
    '<section data-slice-type="rich_text" data-slice-variation="default" '
    'class="sl-vb prose prose-slate max-w-none text-justify" data-v-41d0c9e2>'
)


def slice_zone(story: Story) -> str:
    out: list[str] = []
    rich: list[str] = []

    def flush() -> None:
        if rich:
            out.append(RICH_OPEN + "".join(rich) + "</section>")
            rich.clear()

    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html.startswith("<section data-related="):
                flush()
                ids = b.html.split("=", 1)[1].split(">", 1)[0]
                out.append(_related_slice([int(x) for x in ids.split(",")]))
            elif b.html.startswith("<section"):
                flush()
                out.append(b.html)
            else:
                rich.append(b.html)
        elif isinstance(b, Img):
            if b.style == "rt":
                tag = _img_tag(b.src, extra=' copyright=""')
                rich.append(f'<p class="block-img">{tag}</p>')
                if b.printed:
                    rich.append(f"<p><em>{_t(b.printed)}</em></p>")
            else:
                flush()
                alt = b.style.split(":", 1)[1] if b.style.startswith("fig-alt:") else ""
                cap = (
                    f'<figcaption class="text-sm italic text-slate-600 mt-2">{_t(b.printed)}'
                    "</figcaption>"
                    if b.printed
                    else ""
                )
                variation = "coChuThich" if b.printed else "default"
                tag = _img_tag(b.src, alt, ' class="mx-auto rounded"')
                out.append(
                    f'<section data-slice-type="anh" data-slice-variation="{variation}" '
                    f'class="sl-anh my-6"><figure class="text-center">{tag}{cap}</figure></section>'
                )
        else:
            kind, inner = _inline(b)
            if kind in ("li", "oli"):
                tag = "ul" if kind == "li" else "ol"
                items = []
                n = 0
                while i < len(blocks) and isinstance(blocks[i], P) and _inline(blocks[i])[0] == kind:
                    n += 1
                    attr = f' id="cc-{n}"' if story.opts.get("card") and kind == "oli" else ""
                    items.append(f"<li{attr}>{_inline(blocks[i])[1]}</li>")
                    i += 1
                rich.append(f"<{tag}>{''.join(items)}</{tag}>")
                continue
            if kind == "br":
                assert rich and rich[-1].endswith("</p>"), story.slug
                rich[-1] = rich[-1][:-4] + f"<br />{inner}</p>"
            elif kind in _H:
                rich.append(f"<{kind}>{inner}</{kind}>")
            elif kind in ("strong", "bp"):
                rich.append(f"<p><strong>{inner}</strong></p>")
            elif kind == "quote":
                flush()
                cite = ""
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
                if isinstance(nxt, P) and nxt.style == "cite":
                    cite = f'<p class="sl-td__tg text-right font-semibold mt-1">{_t(nxt.text)}</p>'
                    i += 1
                out.append(
                    '<section data-slice-type="trich_dan" data-slice-variation="default" '
                    'class="sl-td my-6"><blockquote class="border-l-4 border-red-700 pl-4 italic '
                    f'text-lg"><p>{inner}</p></blockquote>{cite}</section>'
                )
            else:
                rich.append(f"<p>{inner}</p>")
        i += 1
    flush()
    return "<!--[-->" + "\n".join(out) + "<!--]-->"



def _desc(story: Story, limit: int = 160) -> str:
    """The SEO description: the lead, or the first words of the text."""
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + "..."


# --- chrome -----------------------------------------------------------------------------------

_ASSETS = (
    '<link rel="stylesheet" href="/_nuxt/entry.C9fR2kLm.css" crossorigin>'
    '<link rel="stylesheet" href="/_nuxt/default.Bq1xT0aE.css" crossorigin>'
    '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/BxY3k2Qa.js">'
    '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/D4lPq8Zn.js">'
    '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/CkT0vW1s.js">'
    '<link rel="prefetch" as="image" type="image/png" href="/_nuxt/logo-tct.B7qX2mLs.png">'
    '<link rel="preconnect" href="https://tct-tuyenquang.cdn.prismic.io">'
    '<script type="module" src="/_nuxt/BxY3k2Qa.js" crossorigin></script>'
)

MENU = (
    '<nav class="mnc bg-red-700 text-white sticky top-0 z-30" data-v-5f21c7aa>'
    '<div class="container mx-auto flex items-center"><ul class="mnc-ul flex flex-wrap">'
    '<li class="mnc-li"><a href="/" class="mnc-a">Trang chủ</a></li>'
    '<li class="mnc-li mnc-coc group"><a href="/gioi-thieu" class="mnc-a">Giới thiệu ▾</a>'
    '<ul class="mnc-con hidden group-hover:block">'
    '<li><a href="/gioi-thieu">Giới thiệu chung</a></li>'
    '<li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></li>'
    '<li class="mnc-li mnc-coc group"><a href="/tin-tuc" class="mnc-a">Tin tức ▾</a>'
    '<ul class="mnc-con hidden group-hover:block">'
    + "".join(f'<li><a href="/chuyen-muc/{k}">{esc(v)}</a></li>' for k, v in CATS.items() if k != "thong-bao")
    + "</ul></li>"
    '<li class="mnc-li"><a href="/chuyen-muc/thong-bao" class="mnc-a">Thông báo</a></li>'
    '<li class="mnc-li"><a href="/van-ban" class="mnc-a">Văn bản</a></li>'
    '<li class="mnc-li mnc-coc group"><span class="mnc-a cursor-default">Thư viện ▾</span>'
    '<ul class="mnc-con hidden group-hover:block"><li><a href="/thu-vien-anh">Thư viện ảnh</a></li>'
    '<li><a href="/video">Video</a></li></ul></li>'
    '<li class="mnc-li"><a href="/lien-he" class="mnc-a">Liên hệ</a></li></ul>'
    '<button type="button" class="mnc-mb md:hidden ml-auto" aria-label="Mở menu">☰</button>'
    "</div></nav>"
)


def _header() -> str:
    ticker = " <span class='mx-3'>•</span> ".join(
        f'<a href="/tin-tuc/{s.slug}">{esc(s.title)}</a>' for s in (S2, S10)
    )
    return (
        '<div class="tbar bg-red-900 text-white text-xs" data-v-5f21c7aa>'
        '<div class="container mx-auto flex justify-between py-1">'
        f'<span class="tbar-ngay">📅 {TODAY_LINE}</span>'
        '<span>Đường dây nóng: 0207.3822.168 | '
        '<a href="mailto:truongchinhtri@tuyenquang.gov.vn">Email</a> | '
        '<a href="https://www.facebook.com/truongchinhtrituyenquang" target="_blank" '
        'rel="nofollow noopener">Facebook</a></span></div></div>'
        '<header class="dtr" style="background:#fff url(/_nuxt/trong-dong.Dk3a9Qx1.jpg) no-repeat '
        'right center" data-v-5f21c7aa><div class="container mx-auto flex items-center gap-4 py-3">'
        '<a href="/" class="flex items-center gap-3" aria-label="Trang chủ">'
        '<img src="/_nuxt/logo-tct.B7qX2mLs.png" alt="Logo Trường Chính trị tỉnh Tuyên Quang" '
        'width="88" height="88"><div class="dtr-ten">'
        '<p class="text-red-700 font-semibold">ĐẢNG BỘ TỈNH TUYÊN QUANG</p>'
        '<p class="text-2xl font-bold text-red-800 uppercase">Trường Chính trị tỉnh Tuyên Quang</p>'
        '<p class="italic text-sm">Cổng thông tin điện tử</p></div></a>'
        '<form action="/tim-kiem" method="get" class="dtr-tk ml-auto flex" role="search">'
        '<input type="search" name="q" placeholder="Nhập từ khóa tìm kiếm..." class="border px-2">'
        '<button type="submit" class="bg-red-700 text-white px-3">Tìm</button></form></div></header>'
        + MENU
        + '<div class="tbc bg-amber-50 border-b text-sm" data-v-1a7b33e0><div class="container '
        'mx-auto flex gap-2 py-1 overflow-hidden"><strong class="text-red-700 shrink-0">'
        'Thông báo mới:</strong><div class="tbc-chay whitespace-nowrap animate-[chay_30s_linear_'
        f'infinite]">{ticker}</div></div></div>'
    )


def _sidebar() -> str:
    newest = "".join(
        f'<li class="py-1 border-b border-dashed"><a href="/tin-tuc/{s.slug}">{esc(s.title)}</a> '
        f'<span class="text-xs text-slate-400">({_day(s.opts["dang"])})</span></li>'
        for s in ORDERED[:5]
    )
    return (
        '<aside class="cphai space-y-6" data-v-2e0d9b51>'
        '<div class="hop"><h2 class="hop-td">Bài viết mới</h2>'
        f'<ul class="text-sm">{newest}</ul></div>'
        '<div class="hop"><h2 class="hop-td">Đọc nhiều</h2>'
        '<div class="skeleton animate-pulse space-y-2"><div class="h-4 bg-slate-200 rounded"></div>'
        '<div class="h-4 bg-slate-200 rounded w-5/6"></div><div class="h-4 bg-slate-200 rounded '
        'w-4/6"></div><span class="sr-only">Đang tải...</span></div></div>'
        '<div class="hop hop-bac"><h2 class="hop-td">Lời Bác dạy</h2>'
        '<blockquote class="italic">“Muốn xây dựng chủ nghĩa xã hội, trước hết cần có những con '
        "người xã hội chủ nghĩa.”</blockquote><p class='text-right'>— Hồ Chí Minh</p></div>"
        '<div class="hop"><h2 class="hop-td">Thăm dò ý kiến</h2>'
        "<p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin điện tử Nhà trường?</p>"
        '<label class="block"><input type="radio" name="bc-7" value="1"> Rất hài lòng</label>'
        '<label class="block"><input type="radio" name="bc-7" value="2"> Hài lòng</label>'
        '<label class="block"><input type="radio" name="bc-7" value="3"> Chưa hài lòng</label>'
        '<button type="button" class="nut-do">Bình chọn</button> '
        '<button type="button" class="nut-xam">Xem kết quả</button></div>'
        '<div class="hop"><h2 class="hop-td">Liên kết website</h2>'
        '<select class="w-full border" aria-label="Liên kết website">'
        "<option>-- Chọn liên kết --</option>"
        '<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>'
        '<option value="https://tuyenquang.dcs.vn">Đảng bộ tỉnh Tuyên Quang</option>'
        '<option value="https://tuyenquang.gov.vn">Cổng TTĐT tỉnh Tuyên Quang</option>'
        '<option value="https://www.tapchicongsan.org.vn">Tạp chí Cộng sản</option></select>'
        '<a href="https://dangcongsan.vn" target="_blank" rel="noopener" class="block mt-2">'
        '<img src="/_nuxt/banners/bao-dien-tu-dcs.C3u1kQxe.png" alt="Báo điện tử Đảng Cộng sản '
        'Việt Nam" width="300" height="80"></a></div>'
        '<div class="hop tk-tc"><h2 class="hop-td">Thống kê truy cập</h2><ul class="text-sm">'
        "<li>Đang online: <b>27</b></li><li>Hôm nay: <b>1.204</b></li>"
        "<li>Tháng này: <b>9.871</b></li><li>Tổng truy cập: <b>2.318.775</b></li></ul></div>"
        "</aside>"
    )


_FOOTER = (
    '<footer class="ctr bg-red-900 text-white text-sm mt-10" data-v-7b90e4d2>'
    '<div class="container mx-auto grid md:grid-cols-3 gap-6 py-6">'
    '<div><p class="font-bold uppercase">Trường Chính trị tỉnh Tuyên Quang</p>'
    "<p>Cơ quan chủ quản: Tỉnh ủy Tuyên Quang</p>"
    "<p>Cơ sở 1: Số 8, đường Tân Trào, phường Minh Xuân, tỉnh Tuyên Quang</p>"
    "<p>Cơ sở 2: Tổ 3, phường Hà Giang 1, tỉnh Tuyên Quang</p></div>"
    "<div><p>Điện thoại: 0207.3822.168 - Fax: 0207.3822.169</p>"
    "<p>Email: truongchinhtri@tuyenquang.gov.vn</p>"
    "<p>Chịu trách nhiệm nội dung: Đồng chí Hà Trung Kiên - Hiệu trưởng</p></div>"
    "<div><p>Giấy phép số 12/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch cấp ngày 20/10/2026.</p>"
    '<p><a href="https://www.facebook.com/truongchinhtrituyenquang" rel="nofollow">Facebook</a> · '
    '<a href="https://www.youtube.com/@truongchinhtrituyenquang" rel="nofollow">YouTube</a></p>'
    "</div></div>"
    '<p class="text-center text-xs border-t border-red-800 py-2">© 2026 Trường Chính trị tỉnh '
    "Tuyên Quang. Ghi rõ nguồn “Trường Chính trị tỉnh Tuyên Quang” khi phát hành lại thông tin từ "
    'website này. | Thiết kế bởi <a href="https://haidang.digital" rel="nofollow">Hải Đăng '
    "Digital</a></p></footer>"
    '<div class="cookie fixed bottom-0 inset-x-0 bg-slate-800 text-white text-xs p-3">Website sử '
    "dụng cookie để nâng cao trải nghiệm người dùng. "
    '<button type="button" class="underline">Đồng ý</button></div>'
)


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    parts = ['<li><a href="/">Trang chủ</a></li>']
    for label, href in items:
        parts.append('<li class="px-1">›</li>')
        if href:
            parts.append(f'<li><a href="{href}">{esc(label)}</a></li>')
        else:
            parts.append(f'<li aria-current="page">{esc(label)}</li>')
    return (
        '<nav class="dd-tr container mx-auto text-sm text-slate-500 py-2" aria-label="Breadcrumb">'
        f'<ol class="flex flex-wrap">{"".join(parts)}</ol></nav>'
    )


def _page(
    request: Request,
    *,
    title: str,
    desc: str,
    main: str,
    crumbs: str = "",
    data: dict | None = None,
    head_extra: str = "",
    og_type: str = "website",
    canonical_path: str | None = None,
) -> Response:
    base = base_url(request)
    canonical = base + (canonical_path or request.path.rstrip("/") or "/")
    config = (
        'window.__NUXT__={};window.__NUXT__.config={public:{prismic:{endpoint:"tct-tuyenquang",'
        'clientConfig:{routes:[{type:"tin_tuc",path:"/tin-tuc/:uid"},{type:"danh_muc",'
        'path:"/chuyen-muc/:uid"}]},preview:"/preview",toolbar:true},gtag:{id:"G-7QX2L0M3KD"}},'
        f'app:{{baseURL:"/",buildId:"{BUILD_ID}",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}'
    )
    doc = (
        '<!DOCTYPE html><html lang="vi" data-capo=""><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title>{_ASSETS}"
        f'<meta name="description" content="{esc(desc)}">'
        f'<meta property="og:site_name" content="{SITE_NAME}">'
        f'<meta property="og:type" content="{og_type}">'
        f'<meta property="og:title" content="{esc(title.split(" | ")[0])}">'
        f'<meta property="og:description" content="{esc(desc)}">'
        f'<meta property="og:url" content="{canonical}">'
        f'<link rel="canonical" href="{canonical}">{head_extra}'
        '<link rel="icon" type="image/x-icon" href="/favicon.ico"></head>'
        '<body><div id="__nuxt"><div class="trang min-h-screen flex flex-col font-[Roboto]" '
        'data-v-0e3c6b1a><!--[-->'
        + _header()
        + crumbs
        + '<div class="container mx-auto grid lg:grid-cols-[1fr_320px] gap-8 flex-1 py-4">'
        f'<main class="cchinh min-w-0">{main}</main>{_sidebar()}</div>'
        + _FOOTER
        + '<!--]--></div></div><div id="teleports"></div>'
        '<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" '
        f'id="__NUXT_DATA__">{_payload(request.path, data or {})}</script>'
        f"<script>{config}</script></body></html>"
    )
    return html(doc, headers={"X-Powered-By": "Nuxt", "Cache-Control": "s-maxage=60"})


# --- templates --------------------------------------------------------------------------------


def _thumb(story: Story) -> str:
    return ipx("thumb-" + story.slug, "s_400x250&q_70")


def _views(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _list_item(story: Story, slash: bool = False) -> str:
    href = f"/tin-tuc/{story.slug}" + ("/" if slash else "")
    return (
        '<article class="dst-muc flex gap-4 py-4 border-b" data-v-2b7e51c4>'
        f'<a href="{href}" class="shrink-0 w-44"><img src="{esc(_thumb(story))}" '
        f'alt="{esc(story.title)}" width="400" height="250" loading="lazy"></a>'
        '<div class="min-w-0"><h3 class="text-lg font-bold leading-snug">'
        f'<a href="{href}">{esc(story.title)}</a></h3>'
        f'<div class="text-xs text-slate-500 mt-1">{_day(story.opts["dang"])}</div>'
        f'<p class="line-clamp-3 text-sm mt-1">{esc(_desc(story, 180))}</p></div></article>'
    )


def _pager(cur: int, total: int) -> str:
    if total <= 1:
        return ""
    parts = []
    if cur > 1:
        parts.append(f'<a href="?page={cur - 1}" class="pt-o" rel="prev">‹ Trước</a>')
    for n in range(1, total + 1):
        if n == cur:
            parts.append(f'<span class="pt-o pt-ht" aria-current="page">{n}</span>')
        else:
            parts.append(f'<a href="?page={n}" class="pt-o">{n}</a>')
    if cur < total:
        parts.append(f'<a href="?page={cur + 1}" class="pt-o" rel="next">Sau ›</a>')
    return (
        '<nav class="ptrang flex gap-1 justify-center mt-6" aria-label="Phân trang">'
        + "".join(parts)
        + f'<span class="ml-3 text-sm text-slate-500">Trang {cur}/{total}</span></nav>'
    )


def _page_no(request: Request) -> int:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) >= 1 else 1


def article_page(request: Request, story: Story) -> Response:
    cat_name = CATS[story.cat]
    dang = story.opts["dang"]
    local = _local(dang)
    meta = [f'<span class="mt-dang">🕘 Đăng lúc {local:%H:%M}, {local:%d/%m/%Y}</span>']
    last = _last_pub(story)
    if last is not None:
        shown = last + timedelta(hours=7)
        meta.append(
            f'<span class="mt-cn">Cập nhật: <time datetime="{_iso_z(last)}">'
            f"{shown:%H:%M} {shown:%d/%m/%Y}</time></span>"
        )
    if story.opts.get("account"):
        meta.append(f'<span class="mt-nd">Người đăng: {story.opts["account"]}</span>')
    meta.append(f'<span class="mt-lx">👁 {_views(story.views() * 7)} lượt xem</span>')
    abs_url = base_url(request) + f"/tin-tuc/{story.slug}"
    tools = (
        '<div class="bv-cc flex flex-wrap items-center gap-2 my-3 text-sm" data-v-7c1e0d2a>'
        '<button type="button" class="cc-o" title="Giảm cỡ chữ">A-</button>'
        '<button type="button" class="cc-o" title="Tăng cỡ chữ">A+</button>'
        '<button type="button" class="cc-o" title="In bài viết">🖨 In bài</button>'
        f'<a class="cc-o" href="https://www.facebook.com/sharer/sharer.php?u={abs_url}" '
        'target="_blank" rel="noopener nofollow">Chia sẻ Facebook</a>'
        f'<a class="cc-o" href="https://sp.zalo.me/share_inline?url={abs_url}" target="_blank" '
        'rel="noopener nofollow">Zalo</a>'
        f'<button type="button" class="cc-o" data-url="{abs_url}?utm_source=copy">'
        "🔗 Sao chép liên kết</button></div>"
    )
    sapo = (
        f'<div class="bvct-tt font-semibold text-[17px] leading-relaxed my-4">{_t(story.summary)}</div>'
        if story.sapo_outside and story.summary
        else ""
    )
    card = ""
    if story.opts.get("card"):
        name, post = story.opts["card"]
        card = (
            '<div class="tg-the mt-8 flex items-center gap-4 p-4 border rounded" data-v-6a0f2e11>'
            f'<img src="{esc(ipx("avatar-" + story.slug, "s_96x96&q_80"))}" alt="" width="64" '
            'height="64" class="rounded-full"><div><p class="text-xs uppercase text-slate-400">'
            f'Tác giả</p><p class="tg-the__ten font-bold">{esc(name)}</p>'
            f'<p class="tg-the__cv text-sm text-slate-600">{esc(post)}</p></div></div>'
        )
    tags = "".join(
        f'<span class="chip">#{esc(t)}</span> ' for t in story.opts.get("tags", [])
    )
    body = (
        f'<h1 class="bvct-td text-[28px] font-bold leading-tight text-slate-900">{_t(story.title)}</h1>'
        f"{sapo}"
        f'<div class="vung-slice">{slice_zone(story)}</div>'
    )
    if story.opts.get("nfd"):
        body = unicodedata.normalize("NFD", body)
    same = [s for s in ORDERED if s.cat == story.cat and s is not story][:3]
    cung = "".join(_list_item(s) for s in same)
    main = (
        '<article class="bvct" data-v-7c1e0d2a>'
        f'<a href="/chuyen-muc/{story.cat}" class="nhan-cm text-xs uppercase bg-red-700 text-white '
        f'px-2 py-0.5">{esc(cat_name)}</a>'
        + body.replace("<h1", '<div class="bvct-dau"><h1', 1).replace(
            "</h1>",
            '</h1><div class="bvct-meta flex flex-wrap gap-x-4 text-sm text-slate-500 mt-2">'
            + "".join(meta)
            + "</div></div>"
            + tools,
            1,
        )
        + card
        + f'<div class="bv-tag mt-6 text-sm">Từ khóa: {tags}</div>'
        + tools.replace("my-3", "mt-6 border-t pt-3")
        + "</article>"
        + '<section class="tin-cung-cm mt-8" data-v-3a6f0b9c>'
        '<h2 class="hop-td">Tin cùng chuyên mục</h2>'
        f"{cung}</section>"
    )
    first = _first_pub(story)
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.opts["seo"],
        "datePublished": _iso_z(first),
        "dateModified": _iso_z(last or first),
        "image": [base_url(request) + ipx("thumb-" + story.slug, "s_1200x630&q_80")],
        "author": {"@type": "Organization", "name": SITE_NAME},
        "publisher": {"@type": "Organization", "name": SITE_NAME},
        "mainEntityOfPage": abs_url,
    }
    head = (
        f'<meta property="og:image" content="{esc(base_url(request) + ipx("thumb-" + story.slug, "s_1200x630&q_80"))}">'
        f'<meta property="article:published_time" content="{_iso_z(first)}">'
        f'<meta property="article:modified_time" content="{_iso_z(last or first)}">'
        f'<meta property="article:section" content="{esc(cat_name)}">'
        '<script type="application/ld+json">'
        + json.dumps(jsonld, ensure_ascii=False).replace("<", "\\u003c")
        + "</script>"
    )
    data = {
        f"tin-{story.slug}": _doc(story, full=True),
        f"cung-cm-{story.cat}": {
            "results": [_doc(s, full=False) for s in same],
            "total_results_size": sum(1 for s in STORIES if s.cat == story.cat),
        },
        "moi-nhat": {"results": [_doc(s, full=False) for s in ORDERED[:5]]},
    }
    return _page(
        request,
        title=f"{story.opts['seo']} | {SITE_NAME}",
        desc=_desc(story),
        main=main,
        crumbs=_crumbs([("Tin tức", "/tin-tuc"), (cat_name, f"/chuyen-muc/{story.cat}")]),
        data=data,
        head_extra=head,
        og_type="article",
        canonical_path=f"/tin-tuc/{story.slug}",
    )


def listing_page(request: Request, cat: str | None) -> Response:
    items = ORDERED if cat is None else [s for s in ORDERED if s.cat == cat]
    per = 5 if cat is None else 4
    total = (len(items) + per - 1) // per
    cur = _page_no(request)
    chunk = items[(cur - 1) * per : cur * per]
    name = "Tin tức" if cat is None else CATS[cat]
    rows = "".join(_list_item(s) for s in chunk) or (
        '<p class="py-6 text-center text-slate-500">Chưa có bài viết nào.</p>'
    )
    main = (
        f'<h1 class="hop-td text-2xl">{esc(name)}</h1>'
        f'<div class="dst" data-v-2b7e51c4><!--[-->{rows}<!--]--></div>{_pager(cur, total)}'
    )
    crumbs = (
        _crumbs([("Tin tức", None)])
        if cat is None
        else _crumbs([("Tin tức", "/tin-tuc"), (name, None)])
    )
    path = "/tin-tuc" if cat is None else f"/chuyen-muc/{cat}"
    data = {
        f"ds-{cat or 'tat-ca'}-{cur}": {
            "page": cur,
            "results_per_page": per,
            "total_pages": total,
            "results": [_doc(s, full=False) for s in chunk],
        }
    }
    return _page(
        request,
        title=f"{name}{f' - Trang {cur}' if cur > 1 else ''} | {SITE_NAME}",
        desc=f"{name} - {SITE_NAME}",
        main=main,
        crumbs=crumbs,
        data=data,
        canonical_path=path + (f"?page={cur}" if cur > 1 else ""),
    )


def _home_block(title: str, href: str, stories: list[Story]) -> str:
    lis = "".join(
        f'<li class="py-1 border-b border-dashed"><a href="/tin-tuc/{s.slug}/">{esc(s.title)}</a>'
        f'<span class="text-xs text-slate-400 ml-1">{_day(s.opts["dang"])}</span></li>'
        for s in stories
    )
    return (
        '<section class="tc-khoi hop" data-v-4c2d8e17>'
        f'<h2 class="hop-td flex justify-between"><a href="{href}">{esc(title)}</a>'
        f'<a href="{href}" class="text-xs font-normal">Xem tất cả »</a></h2>'
        f"<ul>{lis}</ul></section>"
    )


def home_page(request: Request) -> Response:
    lead, *rest = ORDERED[:5]
    hero = (
        '<section class="tc-nb grid md:grid-cols-5 gap-4" data-v-4c2d8e17>'
        '<div class="md:col-span-3">'
        f'<a href="/tin-tuc/{lead.slug}/"><img src="{esc(ipx("thumb-" + lead.slug, "s_800x500&q_80"))}" '
        f'alt="{esc(lead.title)}" width="800" height="500"></a>'
        f'<h2 class="text-xl font-bold mt-2"><a href="/tin-tuc/{lead.slug}/">{esc(lead.title)}</a></h2>'
        f'<p class="text-sm">{esc(_desc(lead, 220))}</p></div>'
        '<ul class="md:col-span-2 space-y-3">'
        + "".join(
            f'<li class="flex gap-2"><a href="/tin-tuc/{s.slug}/" class="shrink-0"><img '
            f'src="{esc(_thumb(s))}" alt="" width="120" height="75" loading="lazy"></a>'
            f'<a href="/tin-tuc/{s.slug}/" class="font-medium">{esc(s.title)}</a></li>'
            for s in rest
        )
        + "</ul></section>"
    )

    def top(cat: str, n: int = 2) -> list[Story]:
        return [s for s in ORDERED if s.cat == cat][:n]

    blocks = (
        _home_block("Thông báo", "/chuyen-muc/thong-bao", top("thong-bao"))
        + _home_block("Đào tạo - Bồi dưỡng", "/chuyen-muc/dao-tao-boi-duong", top("dao-tao-boi-duong"))
        + _home_block(
            "Nghiên cứu - Trao đổi", "/chuyen-muc/nghien-cuu-trao-doi", top("nghien-cuu-trao-doi")
        )
    )
    media = (
        '<section class="tc-tv grid md:grid-cols-2 gap-4 mt-6" data-v-4c2d8e17>'
        '<div class="hop"><h2 class="hop-td"><a href="/thu-vien-anh">Thư viện ảnh</a></h2>'
        f'<a href="/thu-vien-anh/{ALBUM_UID}"><img src="{esc(ipx("album-k58-bia", "s_400x250&q_70"))}" '
        'alt="" width="400" height="250"></a>'
        f'<p><a href="/thu-vien-anh/{ALBUM_UID}">{esc(ALBUM_TITLE)}</a></p></div>'
        '<div class="hop"><h2 class="hop-td"><a href="/video">Video</a></h2>'
        f'<a href="/video/{VIDEO_UID}"><img src="{esc(ipx("video-bia", "s_400x250&q_70"))}" alt="" '
        'width="400" height="250"></a>'
        f'<p><a href="/video/{VIDEO_UID}">{esc(VIDEO_TITLE)}</a></p></div></section>'
    )
    docs = "".join(
        f'<li><a href="/van-ban/{uid}">{esc(d["so"])}</a> - {esc(d["trich_yeu"])}</li>'
        for uid, d in DOCS.items()
    )
    main = (
        '<h1 class="sr-only">Trường Chính trị tỉnh Tuyên Quang - Trang chủ</h1>'
        + hero
        + '<div class="grid md:grid-cols-2 gap-4 mt-6">'
        + blocks
        + f'<section class="tc-khoi hop"><h2 class="hop-td"><a href="/van-ban">Văn bản mới</a></h2>'
        f'<ul class="text-sm">{docs}</ul></section></div>'
        + media
    )
    data = {"trang-chu": {"noi-bat": [_doc(s, full=False) for s in ORDERED[:5]]}}
    return _page(
        request,
        title=f"Trang chủ | {SITE_NAME}",
        desc="Cổng thông tin điện tử Trường Chính trị tỉnh Tuyên Quang: tin hoạt động, đào tạo, "
        "bồi dưỡng, nghiên cứu khoa học, thông báo.",
        main=main,
        data=data,
    )


# --- pages that are not articles ----------------------------------------------------------------

DOCS = {
    "ke-hoach-98-kh-tct-dao-tao-boi-duong-can-bo-nam-2027": {
        "so": "98-KH/TCT",
        "ngay": "15/10/2026",
        "loai": "Kế hoạch",
        "co_quan": "Trường Chính trị tỉnh Tuyên Quang",
        "ky": "Hà Trung Kiên",
        "trich_yeu": "Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027",
        "file": "KH-98-TCT-DTBD-2027.pdf",
    },
    "quyet-dinh-412-qd-tct-ban-hanh-quy-che-hoc-vien": {
        "so": "412-QĐ/TCT",
        "ngay": "03/11/2026",
        "loai": "Quyết định",
        "co_quan": "Trường Chính trị tỉnh Tuyên Quang",
        "ky": "Hà Trung Kiên",
        "trich_yeu": "Quyết định ban hành Quy chế học viên hệ trung cấp lý luận chính trị",
        "file": "QD-412-TCT-quy-che-hoc-vien.pdf",
    },
}

ALBUM_UID = "le-khai-giang-lop-trung-cap-ly-luan-chinh-tri-k58"
ALBUM_TITLE = "Lễ khai giảng lớp Trung cấp lý luận chính trị K58"
VIDEO_UID = "phong-su-truong-chinh-tri-tinh-tuyen-quang-dau-an-mot-chang-duong"
VIDEO_TITLE = "Phóng sự: Trường Chính trị tỉnh Tuyên Quang - Dấu ấn một chặng đường"


def intro_page(request: Request) -> Response:
    paras = [
        "Trường Chính trị tỉnh Tuyên Quang là đơn vị sự nghiệp trực thuộc Tỉnh ủy, đồng thời chịu "
        "sự chỉ đạo, hướng dẫn về nội dung, chương trình đào tạo, bồi dưỡng của Học viện Chính trị "
        "quốc gia Hồ Chí Minh.",
        "Tiền thân của Nhà trường là Trường Đảng tỉnh Tuyên Quang, được thành lập năm 1949 tại "
        "chiến khu Việt Bắc. Trải qua các thời kỳ, Nhà trường nhiều lần đổi tên và sáp nhập; ngày "
        "01/7/2025, Trường Chính trị tỉnh Tuyên Quang được thành lập trên cơ sở hợp nhất Trường "
        "Chính trị tỉnh Hà Giang và Trường Chính trị tỉnh Tuyên Quang.",
        "Nhà trường có chức năng tham mưu cho Tỉnh ủy về công tác đào tạo, bồi dưỡng cán bộ lãnh "
        "đạo, quản lý của hệ thống chính trị ở cơ sở; đào tạo trung cấp lý luận chính trị; bồi "
        "dưỡng cập nhật kiến thức và nghiên cứu khoa học.",
        "Với những thành tích đạt được, Nhà trường vinh dự được Nhà nước tặng thưởng Huân chương "
        "Lao động hạng Nhất, hạng Nhì, hạng Ba và nhiều phần thưởng cao quý khác.",
    ]
    main = (
        '<article class="tr-tinh" data-v-5d1e2f70><h1 class="bvct-td text-[28px] font-bold">'
        'Giới thiệu chung</h1><div class="prose max-w-none">'
        + "".join(f"<p>{esc(p)}</p>" for p in paras)
        + f'<p class="block-img"><img src="{esc(ipx("tru-so-truong"))}" alt="Trụ sở Nhà trường" '
        'width="1200" height="800"></p><p><em>Trụ sở Trường Chính trị tỉnh (cơ sở 1)</em></p>'
        "</div></article>"
    )
    return _page(
        request,
        title=f"Giới thiệu chung | {SITE_NAME}",
        desc=paras[0],
        main=main,
        crumbs=_crumbs([("Giới thiệu", "/gioi-thieu"), ("Giới thiệu chung", None)]),
        data={"trang-gioi-thieu": {"uid": "gioi-thieu", "type": "trang_tinh"}},
    )


def structure_page(request: Request) -> Response:
    rows = [
        ("Hà Trung Kiên", "Hiệu trưởng", "0913.286.114"),
        ("Trần Văn Hùng", "Phó Hiệu trưởng", "0912.455.207"),
        ("Ma Thị Thanh Hương", "Phó Hiệu trưởng", "0915.631.088"),
    ]
    units = [
        "Phòng Tổ chức - Hành chính",
        "Phòng Quản lý đào tạo và Nghiên cứu khoa học",
        "Khoa Lý luận cơ sở",
        "Khoa Xây dựng Đảng",
        "Khoa Nhà nước và pháp luật",
        "Khoa Dân vận",
    ]
    table = "".join(
        f"<tr><td>{i}</td><td>{esc(n)}</td><td>{esc(c)}</td><td>{esc(t)}</td></tr>"
        for i, (n, c, t) in enumerate(rows, 1)
    )
    main = (
        '<article class="tr-tinh" data-v-5d1e2f70><h1 class="bvct-td text-[28px] font-bold">'
        "Cơ cấu tổ chức</h1><h2>Ban Giám hiệu</h2>"
        '<table class="w-full border"><thead><tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th>'
        f"<th>Điện thoại</th></tr></thead><tbody>{table}</tbody></table>"
        "<h2>Các khoa, phòng</h2><ul>"
        + "".join(f"<li>{esc(u)}</li>" for u in units)
        + "</ul></article>"
    )
    return _page(
        request,
        title=f"Cơ cấu tổ chức | {SITE_NAME}",
        desc="Cơ cấu tổ chức Trường Chính trị tỉnh Tuyên Quang",
        main=main,
        crumbs=_crumbs([("Giới thiệu", "/gioi-thieu"), ("Cơ cấu tổ chức", None)]),
        data={"trang-co-cau": {"uid": "co-cau-to-chuc", "type": "trang_tinh"}},
    )


def contact_page(request: Request) -> Response:
    main = (
        '<article class="tr-tinh" data-v-5d1e2f70><h1 class="bvct-td text-[28px] font-bold">'
        "Liên hệ</h1><p><strong>TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</strong></p>"
        "<p>Cơ sở 1: Số 8, đường Tân Trào, phường Minh Xuân, tỉnh Tuyên Quang</p>"
        "<p>Cơ sở 2: Tổ 3, phường Hà Giang 1, tỉnh Tuyên Quang</p>"
        "<p>Điện thoại: 0207.3822.168 - Email: truongchinhtri@tuyenquang.gov.vn</p>"
        '<div class="lh-form grid gap-2 max-w-lg mt-4">'
        '<input type="text" name="ho_ten" placeholder="Họ và tên (*)">'
        '<input type="email" name="email" placeholder="Email (*)">'
        '<input type="text" name="tieu_de" placeholder="Tiêu đề">'
        '<textarea name="noi_dung" rows="5" placeholder="Nội dung (*)"></textarea>'
        '<button type="button" class="nut-do">Gửi liên hệ</button></div>'
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3704.2!2d105.2176!3d21.8194" '
        'width="100%" height="320" style="border:0" loading="lazy" title="Bản đồ"></iframe></article>'
    )
    return _page(
        request,
        title=f"Liên hệ | {SITE_NAME}",
        desc="Thông tin liên hệ Trường Chính trị tỉnh Tuyên Quang",
        main=main,
        crumbs=_crumbs([("Liên hệ", None)]),
        data={"trang-lien-he": {"uid": "lien-he", "type": "trang_tinh"}},
    )


def documents_page(request: Request) -> Response:
    rows = "".join(
        f'<tr><td><a href="/van-ban/{uid}">{esc(d["so"])}</a></td><td>{d["ngay"]}</td>'
        f'<td><a href="/van-ban/{uid}">{esc(d["trich_yeu"])}</a></td>'
        f'<td><a href="/files/{d["file"]}">Tải về</a></td></tr>'
        for uid, d in DOCS.items()
    )
    main = (
        '<h1 class="hop-td text-2xl">Văn bản</h1><table class="bvb w-full text-sm border">'
        "<thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
    )
    return _page(
        request,
        title=f"Văn bản | {SITE_NAME}",
        desc="Văn bản của Trường Chính trị tỉnh Tuyên Quang",
        main=main,
        crumbs=_crumbs([("Văn bản", None)]),
        data={"ds-van-ban": {"total": len(DOCS)}},
    )


def document_page(request: Request, uid: str) -> Response:
    d = DOCS[uid]
    rows = [
        ("Số ký hiệu", d["so"]),
        ("Ngày ban hành", d["ngay"]),
        ("Loại văn bản", d["loai"]),
        ("Cơ quan ban hành", d["co_quan"]),
        ("Người ký", d["ky"]),
        ("Trích yếu", d["trich_yeu"]),
    ]
    table = "".join(f"<tr><th class='w-40 text-left'>{k}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    main = (
        f'<h1 class="bvct-td text-2xl font-bold">{esc(d["loai"])} số {esc(d["so"])}</h1>'
        f'<table class="cvb w-full text-sm border">{table}<tr><th>Tệp đính kèm</th><td>'
        f'<a href="/files/{d["file"]}">{d["file"]}</a></td></tr></table>'
    )
    return _page(
        request,
        title=f"{d['loai']} số {d['so']} | {SITE_NAME}",
        desc=d["trich_yeu"],
        main=main,
        crumbs=_crumbs([("Văn bản", "/van-ban"), (d["so"], None)]),
        data={f"van-ban-{uid}": {"uid": uid, "type": "van_ban", "data": d}},
    )


_ALBUM_PHOTOS = [
    ("album-k58-1", "Quang cảnh lễ khai giảng"),
    ("album-k58-2", "Đồng chí Hà Trung Kiên, Hiệu trưởng phát biểu khai giảng"),
    ("album-k58-3", "Đại diện học viên phát biểu"),
    ("album-k58-4", "Học viên chụp ảnh lưu niệm"),
]


def albums_page(request: Request) -> Response:
    main = (
        '<h1 class="hop-td text-2xl">Thư viện ảnh</h1><div class="grid md:grid-cols-3 gap-4">'
        f'<div><a href="/thu-vien-anh/{ALBUM_UID}"><img src="{esc(ipx("album-k58-bia", "s_400x250&q_70"))}" '
        f'alt="" width="400" height="250"></a><p><a href="/thu-vien-anh/{ALBUM_UID}">'
        f"{esc(ALBUM_TITLE)}</a> (4 ảnh)</p></div></div>"
    )
    return _page(
        request,
        title=f"Thư viện ảnh | {SITE_NAME}",
        desc="Thư viện ảnh",
        main=main,
        crumbs=_crumbs([("Thư viện ảnh", None)]),
    )


def album_page(request: Request) -> Response:
    grid = "".join(
        f'<figure><img src="{esc(ipx(n, "w_800&q_80"))}" alt="{esc(c)}" width="800" '
        f'height="533" loading="lazy"><figcaption>{esc(c)}</figcaption></figure>'
        for n, c in _ALBUM_PHOTOS
    )
    main = (
        f'<h1 class="bvct-td text-2xl font-bold">{esc(ALBUM_TITLE)}</h1>'
        '<p class="text-sm text-slate-500">Ngày đăng: 02/12/2026 · 4 ảnh</p>'
        f'<div class="tva-luoi grid md:grid-cols-2 gap-3">{grid}</div>'
        f'<p class="mt-4">Xem bài viết: <a href="/tin-tuc/{S3.opts["old_uid"]}">{esc(S3.title)}</a></p>'
    )
    return _page(
        request,
        title=f"{ALBUM_TITLE} | {SITE_NAME}",
        desc=ALBUM_TITLE,
        main=main,
        crumbs=_crumbs([("Thư viện ảnh", "/thu-vien-anh"), (ALBUM_TITLE, None)]),
        data={f"album-{ALBUM_UID}": {"uid": ALBUM_UID, "type": "album_anh", "so_anh": 4}},
    )


def videos_page(request: Request) -> Response:
    main = (
        '<h1 class="hop-td text-2xl">Video</h1>'
        f'<div><a href="/video/{VIDEO_UID}"><img src="{esc(ipx("video-bia", "s_400x250&q_70"))}" '
        f'alt="" width="400" height="250"></a><p><a href="/video/{VIDEO_UID}">{esc(VIDEO_TITLE)}'
        "</a></p></div>"
    )
    return _page(
        request,
        title=f"Video | {SITE_NAME}",
        desc="Video",
        main=main,
        crumbs=_crumbs([("Video", None)]),
    )


def video_page(request: Request) -> Response:
    main = (
        f'<h1 class="bvct-td text-2xl font-bold">{esc(VIDEO_TITLE)}</h1>'
        '<p class="text-sm text-slate-500">Đăng lúc 10:00, 15/11/2026 · Thời lượng 12:48</p>'
        '<div class="aspect-video my-4"><iframe src="https://www.youtube.com/embed/Xr8mP2sQn4E" '
        'width="100%" height="100%" allowfullscreen title="' + esc(VIDEO_TITLE) + '"></iframe></div>'
        "<p>Phóng sự do Trung tâm Truyền thông tỉnh thực hiện, giới thiệu quá trình xây dựng và "
        "phát triển của Trường Chính trị tỉnh Tuyên Quang qua các thời kỳ, những dấu ấn trong công "
        "tác đào tạo, bồi dưỡng cán bộ của tỉnh.</p>"
        "<p>Phóng sự được phát sóng trên kênh TTV ngày 14/11/2026.</p>"
    )
    return _page(
        request,
        title=f"{VIDEO_TITLE} | {SITE_NAME}",
        desc=VIDEO_TITLE,
        main=main,
        crumbs=_crumbs([("Video", "/video"), (VIDEO_TITLE, None)]),
        data={f"video-{VIDEO_UID}": {"uid": VIDEO_UID, "type": "video", "youtube": "Xr8mP2sQn4E"}},
    )


def search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    if q:
        hits = [s for s in ORDERED if q.casefold() in s.title.casefold()]
        rows = "".join(_list_item(s) for s in hits) or "<p>Không tìm thấy kết quả phù hợp.</p>"
        head = f"<p>Tìm thấy {len(hits)} kết quả cho “{esc(q)}”</p>"
    else:
        rows, head = "", "<p>Vui lòng nhập từ khóa tìm kiếm.</p>"
    return _page(
        request,
        title=f"Tìm kiếm | {SITE_NAME}",
        desc="Tìm kiếm",
        main=f'<h1 class="hop-td text-2xl">Tìm kiếm</h1>{head}<div class="dst">{rows}</div>',
        crumbs=_crumbs([("Tìm kiếm", None)]),
        head_extra='<meta name="robots" content="noindex">',
        canonical_path="/tim-kiem",
    )


# --- the site ---------------------------------------------------------------------------------


class PrismicNuxtSite:
    """The Nuxt server: routes by path, ignores query parameters it does not know."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/_nuxt/", "/_ipx/")) or path == "/favicon.ico":
            return static_file(path)
        if path.startswith("/files/"):
            name = path[len("/files/") :]
            if name in {d["file"] for d in DOCS.values()} or name == "TB-215-TCT-tuyen-sinh-TCLLCT-2027.pdf":
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        route = path.rstrip("/") or "/"
        if route == "/":
            return home_page(request)
        if route == "/tin-tuc":
            return listing_page(request, None)
        if route.startswith("/tin-tuc/"):
            uid = route[len("/tin-tuc/") :]
            if uid in BY_UID:
                return article_page(request, BY_UID[uid])
            if uid in OLD_UIDS:
                return redirect(f"/tin-tuc/{OLD_UIDS[uid].slug}", 301)
            return None
        if route.startswith("/chuyen-muc/"):
            cat = route[len("/chuyen-muc/") :]
            return listing_page(request, cat) if cat in CATS else None
        pages = {
            "/gioi-thieu": intro_page,
            "/gioi-thieu/co-cau-to-chuc": structure_page,
            "/lien-he": contact_page,
            "/van-ban": documents_page,
            "/thu-vien-anh": albums_page,
            f"/thu-vien-anh/{ALBUM_UID}": album_page,
            "/video": videos_page,
            f"/video/{VIDEO_UID}": video_page,
            "/tim-kiem": search_page,
        }
        if route in pages:
            return pages[route](request)
        if route.startswith("/van-ban/") and route[len("/van-ban/") :] in DOCS:
            return document_page(request, route[len("/van-ban/") :])
        return None


def build_site() -> PrismicNuxtSite:
    return PrismicNuxtSite()


# --- gold -------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    path = f"/tin-tuc/{story.slug}"
    return gold_record(story, path, CATS[story.cat], canonical_path=path, alt_paths=[path + "/"])


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    "/van-ban/ke-hoach-98-kh-tct-dao-tao-boi-duong-can-bo-nam-2027",
    "/van-ban/quyet-dinh-412-qd-tct-ban-hanh-quy-che-hoc-vien",
    f"/thu-vien-anh/{ALBUM_UID}",
    f"/video/{VIDEO_UID}",
]
