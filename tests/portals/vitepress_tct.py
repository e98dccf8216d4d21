"""VitePress 1.x static news site of a provincial political school (Trường Chính trị tỉnh Tuyên Quang).

Platform
--------
VitePress 1.6 (``<meta name="generator" content="VitePress v1.6.3">``), default theme extended by
the school's own components: Markdown posts under ``docs/tin-tuc/2026/<slug>.md`` built with
``cleanUrls: true`` and served by nginx with ``try_files $uri $uri.html $uri/ =404``. Every page
is pre-rendered SSR HTML (Vue hydration comments ``<!--[-->``, scoped ``data-v-…`` attributes,
``window.__VP_HASH_MAP__`` inline script). The posts index and the category pages are
VitePress dynamic routes fed by ``createContentLoader`` over the posts' frontmatter.

URL scheme
----------
- ``/`` home (``layout: home``: hero, features, "Tin mới nhất", "Thông báo", counter)
- ``/tin-tuc/`` all posts, 5 a page; ``/tin-tuc/trang/2``, ``/tin-tuc/trang/3`` (dynamic route)
- ``/chuyen-muc/<cat>`` a category, 3 a page; ``/chuyen-muc/hoat-dong/trang/2``
- ``/tin-tuc/2026/<slug>`` a post; the same file answers at ``/tin-tuc/2026/<slug>.html``
- ``/gioi-thieu/lich-su-hinh-thanh``, ``/gioi-thieu/co-cau-to-chuc``, ``/lien-he``,
  ``/van-ban/`` (+ ``/van-ban/<entry>``), ``/thu-vien-anh/``, ``/lich-giang/`` (+ ``tuan-48``)
- ``/sitemap.xml`` and ``/robots.txt`` (VitePress ``sitemap.hostname`` = the production host)
- unknown paths: VitePress's NotFound page with status 404; an old Joomla address
  ``/index.php/…`` is 301-redirected by nginx to a category page.

Page templates
--------------
- doc layout (posts, listings, intro pages): ``header.VPNav`` (logo, today's date, local-search
  button, ``VPNavBarMenu`` with ``VPFlyout`` drop-downs, social links), ``aside.VPSidebar``
  (groups "Tin tức", "Bài viết mới", "Giới thiệu", "Tiện ích" with ``<h2 class="text">`` group
  names), ``div.VPDoc`` with the ``.aside`` column (outline "Trên trang này" + the school's
  "Đọc nhiều", "Liên kết website", "Thống kê truy cập", "Thăm dò ý kiến" boxes), the content
  column (breadcrumb ``nav.tct-dd``, ``main > div.vp-doc._tin-tuc_2026_<slug> > div`` holding the
  rendered Markdown), ``footer.VPDocFooter`` (share tools, "Tin liên quan", edit link,
  "Cập nhật lần cuối", prev/next pager), ``footer.VPFooter``.
- A post's Markdown: ``<h1 id=…>`` + header anchor, the ``<PostMeta/>`` component
  (``div.bv-meta``: category badge, ``<time datetime=…>``, author), optionally the frontmatter
  description as ``div.bv-sapo``, the text, and the "Bản quyền" info block appended by a
  markdown-it plugin to every post.

How each gold article is reached
--------------------------------
The posts index (clean links) lists all 13 by frontmatter date, undated last: page 1 = 1-5,
page 2 = 6-10, page 3 = 11-13. Category pages (links with ``.html``) 3 a page. The sidebar's
"Bài viết mới" lists 1-5; home links 1-4 (clean), 8 and 2, 9 (``.html``); the aside's "Đọc
nhiều" links 8, 4, 6, 12 as ``….html?ref=doc-nhieu``; "Tin liên quan" shows the two newest other
posts of the category. Posts 10 and 13 are reached only through page 2+ of a listing
(``/tin-tuc/trang/2`` / ``3`` or ``/chuyen-muc/hoat-dong/trang/2``).

Traps
-----
1. Twin URLs: every post answers at the clean URL and at ``<slug>.html`` (category pages and home
   link the ``.html`` form, sidebar and posts index the clean form), the aside adds
   ``.html?ref=doc-nhieu``. Gold: one record per post, path = the clean URL (also its
   ``<link rel=canonical>``), the others in ``alt_paths``.
2. Header anchors: every ``h1``/``h2``/``h3`` ends with ``<a class="header-anchor">&#8203;</a>``
   (a zero-width space), and the ids are VitePress slugs that keep "đ" ("_1-quan-điem…"). The
   outline aside repeats the headings as links. Gold: titles and headings without the ZWSP; the
   outline is chrome.
3. Dates from a Vue component: ``<time datetime="2026-12-02T17:00:00.000Z">3/12/2026</time>``: the
   attribute is UTC (the previous day for local midnight), the text is ``toLocaleString('vi-VN')``:
   time first, day and month unpadded ("15:00:00 4/12/2026"). Gold: local time with +07:00; a
   printed "00:00:00 20/11/2026" is the day alone; a day-only date is the day alone.
4. "Cập nhật lần cuối" (VitePress ``lastUpdated`` from git, a bulk commit on 05/12) is on every
   page and newer than the post; post 13 has no frontmatter date at all (the listing prints no
   day for it, the text names 07-09/10). Gold: never the update date; post 13 -> null.
5. Captions as a separate Markdown paragraph ``<p><em>…</em></p>`` under ``<p><img></p>``, a
   credit-only line "Ảnh: Phạm Quang Huy", an image whose caption-looking text is only its ``alt``,
   and raw ``<figure>`` with a parenthesised ``<figcaption>``. Gold: caption = printed line without
   parentheses; credit-only and alt-only -> None; the lines are not body.
6. markdown-it-footnote: calls print as ``<sup class="footnote-ref"><a>[1]</a></sup>``; the notes
   (``section.footnotes``) end with a "↩︎" back-link. Gold: "…thực tiễn.[1]" kept in the sentence,
   the notes are the last body paragraphs without the arrow.
7. Official notice (post 2): letterhead table "TỈNH ỦY TUYÊN QUANG / TRƯỜNG CHÍNH TRỊ | ĐẢNG CỘNG
   SẢN VIỆT NAM", "Số: 215-TB/TCT", "Tuyên Quang, ngày 30 tháng 11 năm 2026", the centred
   "THÔNG BÁO" + subject, and a "Nơi nhận | K/T HIỆU TRƯỞNG … Trần Văn Bình" table; the PostMeta
   prints 3/12/2026 and "Người đăng: quantri". Gold: date 2026-11-30, author Trần Văn Bình, only the
   notice's own paragraphs (typed "- " kept) in the body.
8. Decomposed text: post 8 was pasted from macOS Pages: its Markdown body (not its h1) is NFD.
   Gold: NFC.
9. Listing titles are the frontmatter ``title`` (shortened, "Cao cấp LLCT K75"), which is also the
   ``<title>``; the printed ``<h1>`` is the headline. Gold: the ``<h1>``.
10. Bylines: PostMeta "✍ BBT" while the closing line says "Tin, ảnh: Nguyễn Thu Trang"; "Tin: X -
    Ảnh: Y"; units signing alone ("Phòng Quản lý đào tạo"); degrees and posts after the name;
    "Người đăng: quantri"/"admin". Gold per the house rules (see below).
11. Custom blocks that look alike: ``::: tip Lưu ý`` in post 9 holds text (body, its label
    not), ``<details class="details custom-block">`` in post 3 hides three paragraphs of text
    (body, the ``<summary>`` not), while the identical-looking ``div.info.custom-block``
    "Bản quyền" appended to every post is boilerplate (not body).
12. Discovery noise: a "Xem thêm" line pointing at a removed 2025 post (404 NotFound page), an old
    Joomla address answered by a 301 to a category, ``sitemap.xml`` listing the production host
    and a stale draft, ``modulepreload`` JS chunks and a hash map of page names in a script.
    Gold: none of these is an article.

Gold decisions on ambiguous points
----------------------------------
- ``summary``: posts 1, 4, 12 print the frontmatter description as ``div.bv-sapo`` (sapo outside
  the text, first body paragraph); posts 6 and 8 open with a bold lead paragraph (the sapo, kept
  in the body). The other posts have only ``<meta name="description">``: null.
- A custom block's label ("Lưu ý") and a ``<details>`` summary ("Xem danh mục chuyên đề") are
  widget labels, not text; the paragraphs inside are text.
- Post 11's closing "Thanh Hà" (bold, right) is the author; the following italic "Theo Báo Tuyên
  Quang điện tử" is the source; "Theo kế hoạch, …" inside the text is text.
- Post 7's result table: every row, the header row included, is a paragraph, cells joined by " | ";
  the sentence in parentheses under it is text; the attachment line (📎 …pdf) is not.
- Post 8's "Tài liệu tham khảo" heading and its numbered entries are body (the text's own notes).
- Category = the breadcrumb's last item (same as the PostMeta badge and the sidebar).
- Emoji are text as printed: the "📢" opening post 9's headline (a character, not a picture) and
  the "🙏" closing its last paragraph stay; the PostMeta's 🗓/✍/👁 icons are chrome.
- The pages under /gioi-thieu/, /lien-he, /van-ban/…, /thu-vien-anh/, /lich-giang/… are
  not articles even though they use the same doc layout (no date, no PostMeta).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
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

NAME = "vitepress_tct"
PLATFORM = "VitePress 1.x (static site, cleanUrls, createContentLoader posts index)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Tuyên Quang"
TODAY_VN = "Thứ Bảy, 05/12/2026"
PROD_HOST = "https://truongchinhtri.tuyenquang.gov.vn"

CATS = {
    "hoat-dong": "Tin hoạt động",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "nghien-cuu-khoa-hoc": "Nghiên cứu khoa học",
    "thong-bao": "Thông báo",
}

# scoped-style hashes of the theme's components
DV_LAYOUT = "data-v-5d98c3a5"
DV_NAV = "data-v-ae24b3ad"
DV_SIDEBAR = "data-v-18756405"
DV_DOC = "data-v-39a288b8"
DV_META = "data-v-6b8d3c1e"
DV_LIST = "data-v-0c2f5a71"
DV_ASIDE = "data-v-e1a4f7d2"
DV_FOOT = "data-v-c970a860"

ZWSP = "\u200b"


# --- the posts --------------------------------------------------------------------------------
# opts: short (frontmatter title), shown (PostMeta date text), dt (its datetime attribute),
# fm (frontmatter date for sorting, None = undated), meta_author (PostMeta byline as printed),
# nfd (body decomposed), fn (footnote calls), details (summary label), updated (lastUpdated).


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


S1 = Story(
    id=1,
    slug="be-giang-lop-cao-cap-ly-luan-chinh-tri-k75-tuyen-quang",
    title="Bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung K75 tại Tuyên Quang",
    cat="hoat-dong",
    published_at="2026-12-04T15:00:00+07:00",
    summary=(
        "Chiều 04/12/2026, Trường Chính trị tỉnh Tuyên Quang phối hợp với Học viện Chính trị khu vực I "
        "tổ chức Lễ bế giảng và trao bằng tốt nghiệp cho 98 học viên lớp Cao cấp lý luận chính trị "
        "hệ không tập trung K75 mở tại tỉnh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Dự buổi lễ có đồng chí Hoàng Thị Lan, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy; "
            "PGS.TS Nguyễn Văn Thắng, Phó Giám đốc Học viện Chính trị khu vực I; đại diện lãnh đạo các "
            "sở, ban, ngành và Ban Giám hiệu, các khoa, phòng của Nhà trường."
        ),
        Img(
            "/assets/be-giang-k75-1.BqT4xZ1c.jpg",
            "Đồng chí Hoàng Thị Lan, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy phát biểu tại buổi lễ",
            "Đồng chí Hoàng Thị Lan, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy phát biểu tại buổi lễ",
            "em",
        ),
        P(
            "Lớp Cao cấp lý luận chính trị hệ không tập trung K75 khai giảng tháng 10/2024, học viên là "
            "cán bộ lãnh đạo, quản lý cấp sở, ngành, cấp xã và các đơn vị sự nghiệp trên địa bàn tỉnh. "
            "Trong gần hai năm học tập, học viên đã được nghiên cứu 17 học phần thuộc 5 khối kiến thức "
            "theo chương trình của Học viện Chính trị quốc gia Hồ Chí Minh."
        ),
        P(
            "Kết quả, 100% học viên đủ điều kiện tốt nghiệp; trong đó 21 học viên đạt loại giỏi (chiếm "
            "21,4%), 75 học viên đạt loại khá (76,5%), 02 học viên đạt loại trung bình. Đồng chí Phạm "
            "Đức Long, Giám đốc Sở Nội vụ là học viên có kết quả học tập cao nhất lớp."
        ),
        P(
            "Phát biểu tại buổi lễ, đồng chí Trưởng Ban Tổ chức Tỉnh ủy ghi nhận sự cố gắng của các học "
            "viên trong việc vừa hoàn thành nhiệm vụ chuyên môn, vừa bảo đảm thời gian học tập, đồng thời "
            "đề nghị các đồng chí tiếp tục vận dụng sáng tạo những kiến thức đã được trang bị vào thực "
            "tiễn lãnh đạo, quản lý ở cơ quan, đơn vị, địa phương."
        ),
        P(
            "“Bằng tốt nghiệp không phải là điểm kết thúc mà là sự khởi đầu của một quá trình tự học, tự "
            "rèn luyện không ngừng của mỗi cán bộ”.",
            "quote",
        ),
        Img(
            "/assets/be-giang-k75-2.Cw81mNoP.jpg",
            "Lãnh đạo Học viện Chính trị khu vực I và Trường Chính trị tỉnh trao bằng tốt nghiệp cho các học viên",
            "Lãnh đạo Học viện Chính trị khu vực I và Trường Chính trị tỉnh trao bằng tốt nghiệp cho các học viên",
            "em",
        ),
        P(
            "Thay mặt lớp học, đồng chí Lớp trưởng bày tỏ cảm ơn sự quan tâm của Thường trực Tỉnh ủy, Học "
            "viện Chính trị khu vực I, Trường Chính trị tỉnh cùng đội ngũ giảng viên đã tận tình truyền "
            "đạt kiến thức trong suốt khóa học."
        ),
        _right("<strong>Tin, ảnh: Nguyễn Thu Trang</strong>"),
    ],
    authors=["Nguyễn Thu Trang"],
    photographers=["Nguyễn Thu Trang"],
    opts={
        "short": "Bế giảng lớp Cao cấp LLCT K75",
        "shown": "15:00:00 4/12/2026",
        "dt": "2026-12-04T08:00:00.000Z",
        "fm": "2026-12-04T15:00",
        "meta_author": "BBT",
    },
)

_LETTERHEAD = (
    '<table class="vb-tieude" style="width: 100%; border: none;"><tbody><tr>'
    '<td style="width: 42%; text-align: center; border: none;"><p>TỈNH ỦY TUYÊN QUANG<br>'
    "<strong>TRƯỜNG CHÍNH TRỊ</strong><br>*</p><p>Số: 215-TB/TCT</p></td>"
    '<td style="text-align: center; border: none;"><p><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong></p>'
    "<p><em>Tuyên Quang, ngày 30 tháng 11 năm 2026</em></p></td></tr></tbody></table>\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br>'
    "<strong>Tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung khóa 48 năm 2027</strong></p>"
)
_CLOSING = (
    '<table class="vb-ky" style="width: 100%; border: none;"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top; border: none;"><p><strong><em>Nơi nhận:</em></strong><br>'
    "- Ban Tổ chức Tỉnh ủy (b/c);<br>- Các đảng bộ trực thuộc Tỉnh ủy;<br>"
    "- Sở Nội vụ;<br>- Lưu VT, P.QLĐT.</p></td>"
    '<td style="text-align: center; vertical-align: top; border: none;"><p><strong>K/T HIỆU TRƯỞNG<br>'
    "PHÓ HIỆU TRƯỞNG</strong></p><p><em>(Đã ký)</em></p><p><strong>Trần Văn Bình</strong></p></td>"
    "</tr></tbody></table>"
)

S2 = Story(
    id=2,
    slug="thong-bao-tuyen-sinh-trung-cap-ly-luan-chinh-tri-khoa-48-nam-2027",
    title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung khóa 48 năm 2027",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch số 45-KH/TU ngày 15/11/2026 của Ban Thường vụ Tỉnh ủy về đào tạo, bồi dưỡng "
            "cán bộ, công chức, viên chức năm 2027;"
        ),
        P(
            "Trường Chính trị tỉnh thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập "
            "trung khóa 48 năm 2027 như sau:"
        ),
        P("1. Đối tượng, tiêu chuẩn", "b"),
        P(
            "- Cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, quản lý cấp phòng và "
            "tương đương ở cấp tỉnh, cấp xã;"
        ),
        P(
            "- Có trình độ chuyên môn từ trung cấp trở lên; tuổi đời không quá 50 đối với nam, 45 đối "
            "với nữ (tính đến thời điểm khai giảng)."
        ),
        P("2. Thời gian, hình thức học", "b"),
        P(
            "- Thời gian đào tạo: 08 tháng, học theo hình thức không tập trung, mỗi tháng học 10 ngày "
            "tại Trường Chính trị tỉnh."
        ),
        P("- Dự kiến khai giảng: tháng 02/2027."),
        P("3. Hồ sơ đăng ký", "b"),
        P(
            "Hồ sơ gồm: Quyết định cử đi học của cơ quan có thẩm quyền, sơ yếu lý lịch có xác nhận, bản "
            "sao bằng tốt nghiệp chuyên môn cao nhất, giấy chứng nhận sức khỏe. Các đơn vị gửi hồ sơ về "
            "Phòng Quản lý đào tạo, Trường Chính trị tỉnh trước ngày 31/12/2026."
        ),
        P("Mọi chi tiết xin liên hệ: Phòng Quản lý đào tạo, điện thoại 0207.3822.456."),
        Raw(_CLOSING),
        Raw(
            '<p class="tep-dinh-kem">📎 Tải về: <a href="/files/2026/TB-215-TCT.pdf" target="_blank">'
            "Thông báo số 215-TB/TCT (PDF, 312 KB)</a></p>"
        ),
    ],
    authors=["Trần Văn Bình"],
    opts={
        "short": "Thông báo tuyển sinh Trung cấp LLCT khóa 48 năm 2027",
        "shown": "3/12/2026",
        "dt": "2026-12-02T17:00:00.000Z",
        "fm": "2026-12-03T00:00",
        "meta_author": "Người đăng: quantri",
        "desc": "Trường Chính trị tỉnh thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung khóa 48 năm 2027.",
    },
)

S3 = Story(
    id=3,
    slug="khai-giang-lop-boi-duong-kien-thuc-quoc-phong-an-ninh-doi-tuong-4-nam-2026",
    title="Khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
    cat="dao-tao-boi-duong",
    published_at="2026-12-02T09:15:00+07:00",
    blocks=[
        P(
            "Sáng 02/12/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh khai giảng lớp "
            "bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026. Tham gia lớp học có 135 "
            "học viên là trưởng, phó các phòng, ban, đoàn thể cấp xã; bí thư chi bộ, trưởng thôn, tổ dân phố."
        ),
        P("Thời gian bồi dưỡng: 05 ngày, từ ngày 02/12 đến ngày 06/12/2026.", "brA"),
        P("Địa điểm: Hội trường A, Trường Chính trị tỉnh Tuyên Quang.", "brB"),
        Img("/assets/khai-giang-qpan-dt4.D9kLm2Qa.jpg", None, None, "alt"),
        P(
            "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng Nhà trường nhấn mạnh: bồi dưỡng kiến thức quốc "
            "phòng và an ninh là nhiệm vụ thường xuyên nhằm nâng cao nhận thức, trách nhiệm của đội ngũ cán "
            "bộ cơ sở trong thực hiện nhiệm vụ xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân "
            "vững chắc."
        ),
        P(
            "Trong thời gian học tập, học viên được nghiên cứu 8 chuyên đề, gồm các nội dung cơ bản về quan "
            "điểm của Đảng, chính sách, pháp luật của Nhà nước về quốc phòng, an ninh; xây dựng lực lượng "
            "dân quân tự vệ, lực lượng dự bị động viên; công tác bảo vệ an ninh chính trị nội bộ ở cơ sở."
        ),
        P(
            "Chuyên đề 1: Quan điểm của Đảng về xây dựng nền quốc phòng toàn dân, thế trận quốc phòng toàn "
            "dân gắn với thế trận an ninh nhân dân.",
            "det",
        ),
        P(
            "Chuyên đề 2: Xây dựng, hoạt động của khu vực phòng thủ cấp tỉnh, cấp xã trong tình hình mới.",
            "det",
        ),
        P(
            "Chuyên đề 3: Công tác quốc phòng, quân sự địa phương; xây dựng lực lượng dân quân tự vệ vững "
            "mạnh, rộng khắp.",
            "det",
        ),
        P("Kết thúc khóa học, học viên viết bài thu hoạch và được cấp giấy chứng nhận theo quy định."),
        _right("<em>Phòng Quản lý đào tạo</em>"),
    ],
    authors=["Phòng Quản lý đào tạo"],
    opts={
        "short": "Khai giảng lớp bồi dưỡng kiến thức QP-AN đối tượng 4",
        "shown": "09:15:00 2/12/2026",
        "dt": "2026-12-02T02:15:00.000Z",
        "fm": "2026-12-02T09:15",
        "alt": "Quang cảnh lễ khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh",
        "details": "Xem danh mục chuyên đề",
    },
)

S4 = Story(
    id=4,
    slug="hoi-thao-nang-cao-chat-luong-doi-ngu-giang-vien",
    title=(
        "Hội thảo khoa học “Nâng cao chất lượng đội ngũ giảng viên Trường Chính trị tỉnh "
        "trong giai đoạn mới”"
    ),
    cat="nghien-cuu-khoa-hoc",
    published_at="2026-11-28",
    summary=(
        "Ngày 28/11/2026, Trường Chính trị tỉnh tổ chức Hội thảo khoa học cấp trường “Nâng cao chất "
        "lượng đội ngũ giảng viên Trường Chính trị tỉnh trong giai đoạn mới” với sự tham gia của hơn "
        "80 đại biểu là nhà khoa học, cán bộ quản lý, giảng viên trong và ngoài tỉnh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thảo nhận được 32 bài tham luận của các nhà khoa học, cán bộ quản lý, giảng viên Học viện "
            "Chính trị khu vực I, Trường Đại học Tân Trào, các trường chính trị tỉnh khu vực miền núi phía "
            "Bắc và giảng viên Nhà trường."
        ),
        Img("/assets/hoi-thao-giang-vien.Hk3p0Zs1.jpg", "Các đại biểu chủ trì Hội thảo", "Các đại biểu chủ trì Hội thảo", "em"),
        P("Đội ngũ giảng viên - yếu tố quyết định chất lượng đào tạo", "h2"),
        P(
            "Theo Quy định số 09-QĐ/TW của Ban Bí thư về chuẩn trường chính trị, giảng viên trường chính "
            "trị phải có trình độ cao cấp lý luận chính trị, có năng lực sư phạm và kinh nghiệm thực tiễn.[1] "
            "Hiện nay, Nhà trường có 34 giảng viên, trong đó 02 tiến sĩ, 29 thạc sĩ; 100% giảng viên có "
            "trình độ cao cấp lý luận chính trị."
        ),
        P(
            "Các tham luận đã làm rõ thực trạng đội ngũ giảng viên hiện nay: cơ cấu chưa thật sự hợp lý "
            "giữa các khoa, còn thiếu giảng viên có học hàm, học vị cao; việc đi nghiên cứu thực tế ở cơ "
            "sở có nơi còn hình thức.[2]"
        ),
        P("Nhiều giải pháp được đề xuất", "h2"),
        P(
            "Các đại biểu đề xuất nhiều nhóm giải pháp: đổi mới công tác tuyển dụng, quy hoạch giảng viên "
            "nguồn; tăng cường bồi dưỡng chuyên môn, nghiệp vụ sư phạm, ngoại ngữ và kỹ năng số; thực hiện "
            "nghiêm chế độ giảng viên đi nghiên cứu thực tế và tham gia cấp ủy cơ sở; có chính sách thu "
            "hút nhà khoa học về công tác tại trường."
        ),
        P(
            "Kết luận Hội thảo, đồng chí Hiệu trưởng đánh giá cao chất lượng các tham luận và giao Phòng "
            "Quản lý khoa học tổng hợp, chọn lọc các ý kiến để tham mưu Ban Giám hiệu xây dựng Đề án nâng "
            "cao chất lượng đội ngũ giảng viên giai đoạn 2026 - 2030."
        ),
        P(
            "Ban Bí thư (2018), Quy định số 09-QĐ/TW ngày 13/11/2018 về chuẩn trường chính trị tỉnh, thành "
            "phố trực thuộc Trung ương.",
            "fn",
        ),
        P(
            "Trường Chính trị tỉnh Tuyên Quang, Báo cáo số 112-BC/TCT ngày 15/10/2026 về thực trạng đội "
            "ngũ giảng viên.",
            "fn",
        ),
    ],
    authors=["Lê Thị Thu Hà"],
    opts={
        "short": "Hội thảo khoa học về nâng cao chất lượng đội ngũ giảng viên",
        "shown": "28/11/2026",
        "dt": "2026-11-27T17:00:00.000Z",
        "fm": "2026-11-28T00:00",
        "meta_author": "ThS. Lê Thị Thu Hà - Phó Trưởng khoa Xây dựng Đảng",
        "fn": True,
    },
)

S5 = Story(
    id=5,
    slug="chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de-quy-iv",
    title="Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV năm 2026",
    cat="hoat-dong",
    published_at="2026-11-25T16:45:00+07:00",
    blocks=[
        P(
            "Chiều 25/11/2026, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV với chủ đề "
            "“Phát huy tinh thần trách nhiệm, nêu gương của đảng viên là giảng viên trong thực hiện nhiệm "
            "vụ chính trị của Nhà trường”."
        ),
        P(
            "Tại buổi sinh hoạt, các đảng viên đã tập trung thảo luận, làm rõ những ưu điểm, hạn chế trong "
            "việc thực hiện chức trách, nhiệm vụ; trao đổi kinh nghiệm đổi mới phương pháp giảng dạy, tăng "
            "cường liên hệ thực tiễn địa phương vào bài giảng."
        ),
        Img(
            "/assets/sinh-hoat-chuyen-de-kllcs.Zp2Wq8Rt.jpg",
            "Đồng chí Bí thư Chi bộ Khoa Lý luận cơ sở quán triệt nội dung chuyên đề",
            "Đồng chí Bí thư Chi bộ Khoa Lý luận cơ sở quán triệt nội dung chuyên đề",
            "em",
        ),
        P(
            "Qua sinh hoạt chuyên đề, mỗi đảng viên đăng ký ít nhất một việc làm cụ thể để rèn luyện, nêu "
            "gương; Chi bộ đề ra 05 nhóm nhiệm vụ trọng tâm trong năm 2027, trong đó chú trọng nâng cao "
            "chất lượng giờ giảng và tham gia nghiên cứu khoa học."
        ),
        _right("<strong>Tin: Hoàng Văn Sơn - Ảnh: Lò Thị Mai</strong>"),
    ],
    authors=["Hoàng Văn Sơn"],
    photographers=["Lò Thị Mai"],
    opts={
        "short": "Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV",
        "shown": "16:45:00 25/11/2026",
        "dt": "2026-11-25T09:45:00.000Z",
        "fm": "2026-11-25T16:45",
    },
)

S6 = Story(
    id=6,
    slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="hoat-dong",
    published_at="2026-11-20",
    summary=(
        "Sáng 20/11/2026, Trường Chính trị tỉnh tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
        "(20/11/1982 - 20/11/2026). Đến dự có đồng chí Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch Hội đồng "
        "nhân dân tỉnh cùng các đồng chí nguyên lãnh đạo Nhà trường qua các thời kỳ."
    ),
    blocks=[
        P(
            "Sáng 20/11/2026, Trường Chính trị tỉnh tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026). Đến dự có đồng chí Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch Hội "
            "đồng nhân dân tỉnh cùng các đồng chí nguyên lãnh đạo Nhà trường qua các thời kỳ.",
            "b",
        ),
        P(
            "Tại buổi gặp mặt, đồng chí Hiệu trưởng ôn lại truyền thống vẻ vang của Ngày Nhà giáo Việt Nam "
            "và những kết quả nổi bật của Nhà trường trong năm học vừa qua: mở 42 lớp đào tạo, bồi dưỡng "
            "với hơn 4.300 lượt học viên; 05 giảng viên đạt danh hiệu giảng viên dạy giỏi cấp tỉnh; hoàn "
            "thành 03 đề tài khoa học cấp cơ sở."
        ),
        Img("/assets/gap-mat-20-11-a.Lm3Xc9Vb.jpg", "Ảnh: Phạm Quang Huy", None, "em"),
        P(
            "Phát biểu chúc mừng, đồng chí Phó Bí thư Thường trực Tỉnh ủy ghi nhận, biểu dương những đóng "
            "góp của đội ngũ cán bộ, giảng viên Nhà trường; đề nghị Nhà trường tiếp tục đổi mới nội dung, "
            "chương trình, phương pháp đào tạo, bồi dưỡng, gắn lý luận với thực tiễn, phấn đấu giữ vững "
            "danh hiệu trường chính trị đạt chuẩn mức 1."
        ),
        Img("/assets/gap-mat-20-11-b.Pq7Yt2Ns.jpg", "Ảnh: Phạm Quang Huy", None, "em"),
        P(
            "Nhân dịp này, Nhà trường đã khen thưởng 12 tập thể, cá nhân có thành tích xuất sắc trong phong "
            "trào thi đua “Dạy tốt, học tốt” năm học 2025 - 2026."
        ),
        _right("<strong>Thu Hằng</strong>"),
    ],
    authors=["Thu Hằng"],
    photographers=["Phạm Quang Huy"],
    opts={
        "short": "Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "shown": "00:00:00 20/11/2026",
        "dt": "2026-11-19T17:00:00.000Z",
        "fm": "2026-11-20T00:00",
    },
)

S7 = Story(
    id=7,
    slug="ket-qua-thi-tot-nghiep-lop-trung-cap-llct-k46",
    title="Kết quả thi tốt nghiệp lớp Trung cấp lý luận chính trị K46 hệ không tập trung",
    cat="dao-tao-boi-duong",
    published_at="2026-11-14",
    blocks=[
        P(
            "Từ ngày 09/11 đến ngày 11/11/2026, Trường Chính trị tỉnh tổ chức thi tốt nghiệp cho 86 học viên "
            "lớp Trung cấp lý luận chính trị K46 hệ không tập trung mở tại xã Hàm Yên. Học viên thi 02 môn: "
            "Những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng Cộng sản Việt Nam; Quản lý hành chính "
            "nhà nước."
        ),
        P(
            "Kết quả: 86/86 học viên đủ điều kiện tốt nghiệp, đạt tỷ lệ 100%. Trong đó xếp loại giỏi 14 học "
            "viên, khá 63 học viên, trung bình 09 học viên. Danh sách học viên đạt loại giỏi có điểm trung "
            "bình cao nhất như sau:"
        ),
        P("TT | Họ và tên | Đơn vị công tác | Điểm TB | Xếp loại", "th"),
        P("1 | Nguyễn Thị Thanh Huyền | UBND xã Hàm Yên | 8,72 | Giỏi", "td"),
        P("2 | Triệu Văn Khiêm | Đảng ủy xã Thái Hòa | 8,65 | Giỏi", "td"),
        P("3 | Ma Thị Ngọc | Công an xã Bạch Xa | 8,51 | Giỏi", "td"),
        P("4 | Hà Quang Vinh | UBND xã Yên Thuận | 8,50 | Giỏi", "td"),
        P(
            "(Danh sách đầy đủ kèm theo Quyết định công nhận tốt nghiệp số 318/QĐ-TCT ngày 14/11/2026 của "
            "Hiệu trưởng Trường Chính trị tỉnh)."
        ),
        P("Lễ bế giảng và trao bằng tốt nghiệp dự kiến tổ chức vào ngày 25/11/2026 tại Hội trường UBND xã Hàm Yên."),
        Raw(
            '<p class="tep-dinh-kem">📎 <a href="/files/2026/QD-318-TCT.pdf" target="_blank">'
            "QD-318-TCT.pdf</a> (245 KB)</p>"
        ),
    ],
    authors=[],
    opts={
        "short": "Kết quả thi tốt nghiệp Trung cấp LLCT K46",
        "shown": "14/11/2026",
        "dt": "2026-11-13T17:00:00.000Z",
        "fm": "2026-11-14T00:00",
        "meta_author": "Người đăng: admin",
    },
)

S8 = Story(
    id=8,
    slug="van-dung-quan-diem-ho-chi-minh-ve-cong-tac-can-bo-cap-xa",
    title=(
        "Vận dụng quan điểm của Chủ tịch Hồ Chí Minh về công tác cán bộ trong xây dựng đội ngũ cán bộ "
        "cấp xã hiện nay"
    ),
    cat="nghien-cuu-khoa-hoc",
    published_at="2026-11-10T08:00:00+07:00",
    summary=(
        "Tư tưởng Hồ Chí Minh về công tác cán bộ là tài sản tinh thần vô giá của Đảng ta. Vận dụng sáng "
        "tạo những quan điểm đó vào xây dựng đội ngũ cán bộ cấp xã sau khi sắp xếp đơn vị hành chính, tổ "
        "chức chính quyền địa phương hai cấp có ý nghĩa đặc biệt quan trọng."
    ),
    blocks=[
        P(
            "Tư tưởng Hồ Chí Minh về công tác cán bộ là tài sản tinh thần vô giá của Đảng ta. Vận dụng sáng "
            "tạo những quan điểm đó vào xây dựng đội ngũ cán bộ cấp xã sau khi sắp xếp đơn vị hành chính, "
            "tổ chức chính quyền địa phương hai cấp có ý nghĩa đặc biệt quan trọng.",
            "b",
        ),
        P("1. Quan điểm của Chủ tịch Hồ Chí Minh về công tác cán bộ", "h2"),
        P(
            "Chủ tịch Hồ Chí Minh khẳng định: “Cán bộ là cái gốc của mọi công việc”, “Muôn việc thành công "
            "hoặc thất bại, đều do cán bộ tốt hoặc kém”. Người đặc biệt coi trọng việc huấn luyện cán bộ, "
            "coi đó là “công việc gốc của Đảng”."
        ),
        P("1.1. Về tiêu chuẩn cán bộ", "h3"),
        P(
            "Theo Người, người cán bộ phải có đủ cả đức và tài, trong đó đức là gốc. Cán bộ phải trung thành "
            "tuyệt đối với Đảng, với cách mạng; cần, kiệm, liêm, chính, chí công vô tư; gần dân, hiểu dân, "
            "học dân và có trách nhiệm với dân."
        ),
        P("1.2. Về đánh giá và sử dụng cán bộ", "h3"),
        P(
            "Người chỉ rõ phải “biết rõ cán bộ”, “cất nhắc cán bộ cho đúng”, “khéo dùng cán bộ”; đánh giá "
            "cán bộ không chỉ xem xét công việc ở một thời điểm mà phải xem xét cả quá trình, xem cả lời nói "
            "lẫn việc làm."
        ),
        P("2. Vận dụng trong xây dựng đội ngũ cán bộ cấp xã của tỉnh hiện nay", "h2"),
        P(
            "Sau khi thực hiện sắp xếp đơn vị hành chính và vận hành chính quyền địa phương hai cấp từ ngày "
            "01/7/2025, tỉnh có 124 xã, phường với khối lượng công việc ở cơ sở tăng lên đáng kể. Đội ngũ "
            "cán bộ cấp xã được bổ sung từ nhiều nguồn, trình độ không đồng đều, một bộ phận còn lúng túng "
            "trong thực thi nhiệm vụ mới."
        ),
        P(
            "Thứ nhất, tiếp tục cụ thể hóa tiêu chuẩn chức danh cán bộ cấp xã, lấy hiệu quả công việc và sự "
            "hài lòng của Nhân dân làm thước đo.",
            "ul",
        ),
        P(
            "Thứ hai, đổi mới nội dung, chương trình bồi dưỡng theo hướng thiết thực, tập trung kỹ năng xử "
            "lý tình huống, chuyển đổi số và quản trị địa phương.",
            "ul",
        ),
        P(
            "Thứ ba, thực hiện tốt công tác luân chuyển, điều động cán bộ từ tỉnh về cơ sở; kịp thời thay "
            "thế cán bộ yếu về năng lực, uy tín thấp.",
            "ul",
        ),
        P(
            "Thực hiện đồng bộ các giải pháp trên chính là làm theo lời dạy của Người, góp phần xây dựng đội "
            "ngũ cán bộ cấp xã đủ phẩm chất, năng lực, uy tín, ngang tầm nhiệm vụ."
        ),
        P("Tài liệu tham khảo", "h2"),
        P("Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.309.", "ol"),
        P(
            "Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb. Chính trị quốc "
            "gia Sự thật, Hà Nội, 2021, t.I.",
            "ol",
        ),
        P(
            "Ban Chấp hành Đảng bộ tỉnh Tuyên Quang: Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, "
            "nhiệm kỳ 2025 - 2030.",
            "ol",
        ),
    ],
    authors=["Đỗ Văn Khánh"],
    opts={
        "short": "Vận dụng quan điểm Hồ Chí Minh về công tác cán bộ",
        "shown": "08:00:00 10/11/2026",
        "dt": "2026-11-10T01:00:00.000Z",
        "fm": "2026-11-10T08:00",
        "meta_author": "TS. Đỗ Văn Khánh, Trưởng khoa Nhà nước và Pháp luật",
        "nfd": True,
        "outline": "deep",
    },
)

S9 = Story(
    id=9,
    slug="lich-hoc-tap-trung-cac-lop-trung-cap-llct-thang-11-2026",
    title="📢 Lịch học tập trung các lớp Trung cấp lý luận chính trị tháng 11/2026",
    cat="thong-bao",
    published_at="2026-11-05",
    blocks=[
        P(
            "Phòng Quản lý đào tạo thông báo lịch học tập trung tháng 11/2026 của các lớp Trung cấp lý luận "
            "chính trị hệ không tập trung như sau:"
        ),
        P("Lớp K46 (mở tại xã Hàm Yên): từ ngày 09/11 đến ngày 11/11/2026 - thi tốt nghiệp.", "ul"),
        P(
            "Lớp K47A (mở tại Trường): từ ngày 16/11 đến ngày 25/11/2026 - học phần IV: Kỹ năng lãnh đạo, "
            "quản lý.",
            "ul",
        ),
        P(
            "Lớp K47B (mở tại xã Na Hang): từ ngày 23/11 đến ngày 02/12/2026 - học phần III: Những vấn đề cơ "
            "bản về hệ thống chính trị, Nhà nước và pháp luật.",
            "ul",
        ),
        P(
            "Học viên có mặt tại lớp trước giờ học 15 phút; trang phục lịch sự, đeo thẻ học viên. Trường hợp "
            "vắng mặt phải có giấy xin phép của cơ quan cử đi học.",
            "tip",
        ),
        P(
            "Đề nghị các đồng chí học viên thu xếp công việc, tham gia học tập đầy đủ, đúng thời gian quy "
            "định. 🙏"
        ),
    ],
    authors=[],
    opts={
        "short": "📢 Lịch học tập trung tháng 11/2026",
        "shown": "5/11/2026",
        "dt": "2026-11-04T17:00:00.000Z",
        "fm": "2026-11-05T00:00",
        "meta_author": "Người đăng: quantri",
    },
)

S10 = Story(
    id=10,
    slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
    title="Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
    cat="hoat-dong",
    published_at="2026-10-30T10:00:00+07:00",
    blocks=[
        P(
            "Từ ngày 27 đến ngày 30/10/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp "
            "trường năm 2026. Tham gia Hội thi có 14 giảng viên đến từ 4 khoa chuyên môn."
        ),
        P(
            "Mỗi thí sinh trình bày 01 bài giảng lý thuyết trên lớp trong thời gian 45 phút theo giáo án đã "
            "đăng ký và 01 bài thi nhận thức về phương pháp giảng dạy tích cực. Các bài giảng được đầu tư "
            "công phu, vận dụng linh hoạt phương pháp nêu vấn đề, thảo luận nhóm, tình huống, ứng dụng hiệu "
            "quả công nghệ thông tin."
        ),
        Img(
            "/images/2026/10/hoi-thi-gvdg-01.jpg",
            "(Ban Giám khảo chấm bài giảng của thí sinh)",
            "Ban Giám khảo chấm bài giảng của thí sinh",
            "fig",
        ),
        P(
            "Kết quả, Ban Tổ chức trao 01 giải Nhất cho giảng viên Hà Thị Phương (Khoa Dân vận), 02 giải Nhì, "
            "03 giải Ba và 04 giải Khuyến khích. Những giảng viên đạt giải cao sẽ được lựa chọn tham gia Hội "
            "thi giảng viên dạy giỏi các trường chính trị toàn quốc."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/tin-tuc/2025/hoi-thi-giang-vien-day-gioi-nam-2025">'
            "Hội thi giảng viên dạy giỏi cấp trường năm 2025</a></p>"
        ),
    ],
    authors=["Nguyễn Minh Tâm"],
    opts={
        "short": "Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "shown": "10:00:00 30/10/2026",
        "dt": "2026-10-30T03:00:00.000Z",
        "fm": "2026-10-30T10:00",
        "meta_author": "Nguyễn Minh Tâm",
    },
)

S11 = Story(
    id=11,
    slug="boi-duong-nghiep-vu-cong-tac-mat-tran-cho-can-bo-co-so-2026",
    title="Bồi dưỡng nghiệp vụ công tác Mặt trận cho cán bộ cơ sở năm 2026",
    cat="dao-tao-boi-duong",
    published_at="2026-10-22",
    blocks=[
        P(
            "Ngày 22/10/2026, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp với Trường Chính trị tỉnh khai "
            "mạc lớp bồi dưỡng nghiệp vụ công tác Mặt trận năm 2026 cho 120 học viên là chủ tịch, phó chủ "
            "tịch Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường và trưởng ban công tác Mặt trận ở khu dân cư."
        ),
        P(
            "Theo kế hoạch, lớp học diễn ra trong 03 ngày. Học viên được truyền đạt các chuyên đề: những "
            "điểm mới của Luật Mặt trận Tổ quốc Việt Nam (sửa đổi); kỹ năng tổ chức thực hiện giám sát và "
            "phản biện xã hội; công tác tập hợp, phát huy khối đại đoàn kết toàn dân tộc trong tình hình mới."
        ),
        Img(
            "/assets/boi-duong-mat-tran-2026.Fr5Gh1Jk.jpg",
            "Các học viên tham dự lớp bồi dưỡng",
            "Các học viên tham dự lớp bồi dưỡng",
            "em",
        ),
        P(
            "Thông qua lớp bồi dưỡng nhằm nâng cao năng lực, kỹ năng nghiệp vụ cho đội ngũ cán bộ Mặt trận "
            "cơ sở, đáp ứng yêu cầu nhiệm vụ sau khi sắp xếp tổ chức bộ máy của hệ thống chính trị."
        ),
        _right("<strong>Thanh Hà</strong>"),
        _right("<em>Theo Báo Tuyên Quang điện tử</em>"),
    ],
    authors=["Thanh Hà"],
    source="Báo Tuyên Quang điện tử",
    opts={
        "short": "Bồi dưỡng nghiệp vụ công tác Mặt trận năm 2026",
        "shown": "22/10/2026",
        "dt": "2026-10-21T17:00:00.000Z",
        "fm": "2026-10-22T00:00",
    },
)

S12 = Story(
    id=12,
    slug="toa-dam-doi-moi-phuong-phap-giang-day-ly-luan-chinh-tri",
    title=(
        "Tọa đàm “Đổi mới phương pháp giảng dạy lý luận chính trị theo hướng phát huy tính tích cực "
        "của học viên”"
    ),
    cat="nghien-cuu-khoa-hoc",
    published_at="2026-10-15T14:00:00+07:00",
    summary=(
        "Chiều 15/10/2026, Phòng Quản lý khoa học phối hợp với Khoa Lý luận cơ sở tổ chức tọa đàm trao đổi "
        "kinh nghiệm đổi mới phương pháp giảng dạy lý luận chính trị theo hướng phát huy tính tích cực, "
        "chủ động của học viên."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tại tọa đàm, các ý kiến tập trung trao đổi về thực trạng sử dụng phương pháp giảng dạy tại Nhà "
            "trường; những khó khăn khi áp dụng phương pháp thảo luận nhóm, tình huống đối với các lớp đông "
            "học viên; kinh nghiệm thiết kế bài giảng điện tử và sử dụng hệ thống học tập trực tuyến."
        ),
        Img("/images/2026/10/toa-dam-ppgd.jpg", "(Quang cảnh buổi tọa đàm)", "Quang cảnh buổi tọa đàm", "fig"),
        P(
            "Nhiều giảng viên cho rằng, để phát huy tính tích cực của học viên, giảng viên cần tăng cường "
            "liên hệ thực tiễn của địa phương, đưa các tình huống lãnh đạo, quản lý điển hình ở cơ sở vào "
            "bài giảng; đồng thời đổi mới kiểm tra, đánh giá theo hướng đánh giá năng lực vận dụng của học viên."
        ),
        P(
            "Kết luận tọa đàm, đồng chí Phó Hiệu trưởng đề nghị các khoa tiếp tục tổ chức dự giờ, rút kinh "
            "nghiệm; mỗi giảng viên đăng ký ít nhất một bài giảng áp dụng phương pháp mới trong năm học "
            "2026 - 2027."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/index.php/nghien-cuu-khoa-hoc/1187-toa-dam-khoa-hoc-2025">'
            "Tọa đàm khoa học năm 2025: Nâng cao chất lượng bài giảng</a></p>"
        ),
    ],
    authors=["Ma Thị Hương"],
    opts={
        "short": "Tọa đàm đổi mới phương pháp giảng dạy LLCT",
        "shown": "14:00:00 15/10/2026",
        "dt": "2026-10-15T07:00:00.000Z",
        "fm": "2026-10-15T14:00",
        "meta_author": "ThS. Ma Thị Hương - Phòng Quản lý khoa học",
    },
)

S13 = Story(
    id=13,
    slug="nghien-cuu-thuc-te-tai-xa-lam-binh",
    title="Cán bộ, giảng viên Nhà trường đi nghiên cứu thực tế tại xã Lâm Bình",
    cat="hoat-dong",
    published_at=None,
    blocks=[
        P(
            "Thực hiện kế hoạch năm 2026, từ ngày 07 đến ngày 09/10/2026, đoàn cán bộ, giảng viên Trường "
            "Chính trị tỉnh do đồng chí Phó Hiệu trưởng làm trưởng đoàn đã đi nghiên cứu thực tế tại xã "
            "Lâm Bình."
        ),
        P(
            "Tại buổi làm việc với Đảng ủy, UBND xã, đoàn được nghe báo cáo tình hình phát triển kinh tế - xã "
            "hội, công tác xây dựng Đảng và hệ thống chính trị của xã sau hơn một năm vận hành chính quyền "
            "địa phương hai cấp; những kết quả bước đầu trong phát triển du lịch cộng đồng gắn với bảo tồn "
            "bản sắc văn hóa các dân tộc Tày, Dao, Mông."
        ),
        Img(
            "/assets/nctt-lam-binh-1.Tn6Bv4Cx.jpg",
            "Đoàn công tác làm việc với Đảng ủy, UBND xã Lâm Bình",
            "Đoàn công tác làm việc với Đảng ủy, UBND xã Lâm Bình",
            "em",
        ),
        P(
            "Đoàn đã đi thăm mô hình homestay tại thôn Nà Thuôn, mô hình trồng cây dược liệu dưới tán rừng "
            "của hợp tác xã và trao đổi với người dân về những thuận lợi, khó khăn trong phát triển sinh kế."
        ),
        P(
            "Chuyến đi nghiên cứu thực tế giúp cán bộ, giảng viên có thêm tư liệu thực tiễn để bổ sung vào "
            "bài giảng, nâng cao chất lượng đào tạo, bồi dưỡng cán bộ của Nhà trường."
        ),
    ],
    authors=["Đoàn Thị Ngọc Ánh"],
    opts={
        "short": "Nghiên cứu thực tế tại xã Lâm Bình",
        "shown": None,
        "dt": None,
        "fm": None,
        "meta_author": "Đoàn Thị Ngọc Ánh - Khoa Dân vận",
        "updated": ("2026-10-12T07:22:05.000Z", "14:22 12/10/26"),
    },
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]

BY_ID = {s.id: s for s in STORIES}
#: newest first by frontmatter date, the undated post last (createContentLoader's sort)
ORDERED = sorted(STORIES, key=lambda s: (s.opts["fm"] is not None, s.opts["fm"] or ""), reverse=True)
MOST_READ = [8, 4, 6, 12]
HOME_LATEST = [1, 2, 3, 4]
PER_INDEX = 5
PER_CAT = 3


def post_path(s: Story) -> str:
    return f"/tin-tuc/2026/{s.slug}"


def post_html(s: Story) -> str:
    return post_path(s) + ".html"


def cat_stories(cat: str) -> list[Story]:
    return [s for s in ORDERED if s.cat == cat]


def short(s: Story) -> str:
    return s.opts.get("short") or s.title


def listing_day(s: Story) -> str:
    """The frontmatter day as the listing component prints it (d/m/yyyy, unpadded)."""
    fm = s.opts["fm"]
    if not fm:
        return ""
    y, m, d = fm[:10].split("-")
    return f"{int(d)}/{int(m)}/{y}"


_R_SPECIAL = re.compile(r"[\s~`!@#$%^&*()\-_+=\[\]{}|\\;:\"'“”‘’<>,.?/]+")


def vp_slug(value: str) -> str:
    """@mdit-vue's slugify: NFKD, combining marks dropped ("đ" stays), specials to '-'."""
    s = unicodedata.normalize("NFKD", value)
    s = re.sub(r"[\u0300-\u036f]", "", s)
    s = re.sub(r"[\u0000-\u001f]", "", s)
    s = _R_SPECIAL.sub("-", s)
    s = re.sub(r"-{2,}", "-", s).strip("-")
    s = re.sub(r"^(\d)", r"_\1", s)
    return s.lower()


def h8(seed: str) -> str:
    """A Rollup-looking content hash."""
    digest = hashlib.sha1(seed.encode()).digest()
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "".join(alphabet[b % 64] for b in digest[:8])


def heading(level: int, title: str, shown: str | None = None) -> str:
    """A Markdown heading as VitePress renders it: id, tabindex, header anchor holding a ZWSP."""
    hid = vp_slug(title)
    shown_html = shown if shown is not None else esc(title)
    return (
        f'<h{level} id="{hid}" tabindex="-1">{shown_html} <a class="header-anchor" href="#{hid}" '
        f'aria-label="Permalink to &quot;{esc(title)}&quot;">{ZWSP}</a></h{level}>'
    )


# --- the Markdown body ------------------------------------------------------------------------

_FN_CALL = re.compile(r"\[(\d+)\]")


def _img_html(img: Img, story: Story) -> str:
    if img.style == "fig":
        return (
            '<figure style="text-align: center; margin: 16px 0;">'
            f'<img src="{img.src}" width="680" style="max-width: 100%;">'
            f'<figcaption style="font-size: 14px;"><em>{esc(img.printed or "")}</em></figcaption></figure>'
        )
    alt = esc(story.opts.get("alt", "")) if img.style == "alt" else ""
    out = f'<p><img src="{img.src}" alt="{alt}" loading="lazy"></p>'
    if img.printed:
        out += f"\n<p><em>{esc(img.printed)}</em></p>"
    return out


def render_body(story: Story) -> str:
    nfd = bool(story.opts.get("nfd"))
    fn = bool(story.opts.get("fn"))

    def t(value: str) -> str:
        out = text(value, nfd=nfd)
        if fn:
            out = _FN_CALL.sub(
                lambda m: f'<sup class="footnote-ref"><a href="#fn{m.group(1)}" id="fnref{m.group(1)}">'
                f"[{m.group(1)}]</a></sup>",
                out,
            )
        return out

    blocks = story.blocks
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_img_html(b, story))
            i += 1
            continue
        style = b.style
        fam = {"ul": "ul", "ol": "ol", "th": "tbl", "td": "tbl", "fn": "fn", "det": "det", "tip": "tip"}.get(style)
        if fam:
            group = []
            while i < len(blocks) and isinstance(blocks[i], P):
                f2 = {"ul": "ul", "ol": "ol", "th": "tbl", "td": "tbl", "fn": "fn", "det": "det", "tip": "tip"}
                if f2.get(blocks[i].style) != fam:
                    break
                group.append(blocks[i])
                i += 1
            out.append(_group_html(fam, group, t, story))
            continue
        if style in ("h2", "h3"):
            out.append(heading(int(style[1]), b.text, t(b.text)))
        elif style == "b":
            out.append(f"<p><strong>{t(b.text)}</strong></p>")
        elif style == "quote":
            out.append(f"<blockquote>\n<p><em>{t(b.text)}</em></p>\n</blockquote>")
        elif style == "brA":
            nxt = blocks[i + 1]
            out.append(f"<p>{t(b.text)}<br>\n{t(nxt.text)}</p>")
            i += 1
        else:
            out.append(f"<p>{t(b.text)}</p>")
        i += 1
    return "\n".join(out)


def _group_html(fam: str, group: list[P], t, story: Story) -> str:
    if fam in ("ul", "ol"):
        items = "\n".join(f"<li>{t(p.text)}</li>" for p in group)
        return f"<{fam}>\n{items}\n</{fam}>"
    if fam == "tbl":
        head = [p for p in group if p.style == "th"]
        rows = [p for p in group if p.style == "td"]
        thead = "".join(
            "<tr>" + "".join(f"<th>{t(c)}</th>" for c in p.text.split(" | ")) + "</tr>" for p in head
        )
        tbody = "\n".join(
            "<tr>"
            + "".join(
                f'<td style="text-align:{"left" if k in (1, 2) else "center"}">{t(c)}</td>'
                for k, c in enumerate(p.text.split(" | "))
            )
            + "</tr>"
            for p in rows
        )
        return f'<table tabindex="0">\n<thead>\n{thead}\n</thead>\n<tbody>\n{tbody}\n</tbody>\n</table>'
    if fam == "fn":
        items = "\n".join(
            f'<li id="fn{n}" class="footnote-item"><p>{t(p.text)} '
            f'<a href="#fnref{n}" class="footnote-backref">\u21a9\ufe0e</a></p>\n</li>'
            for n, p in enumerate(group, 1)
        )
        return (
            '<hr class="footnotes-sep">\n<section class="footnotes">\n<ol class="footnotes-list">\n'
            f"{items}\n</ol>\n</section>"
        )
    if fam == "det":
        inner = "\n".join(f"<p>{t(p.text)}</p>" for p in group)
        label = esc(story.opts.get("details", "Chi tiết"))
        return f'<details class="details custom-block"><summary>{label}</summary>\n{inner}\n</details>'
    # tip
    inner = "\n".join(f"<p>{t(p.text)}</p>" for p in group)
    return f'<div class="tip custom-block"><p class="custom-block-title">Lưu ý</p>\n{inner}\n</div>'


BANQUYEN = (
    '<div class="info custom-block"><p class="custom-block-title">Bản quyền</p>\n'
    "<p>Ghi rõ nguồn “Trang thông tin điện tử Trường Chính trị tỉnh Tuyên Quang” khi phát hành lại "
    "thông tin từ website này.</p>\n</div>"
)


def post_meta(s: Story) -> str:
    parts = [
        f'<span class="bv-meta__cm" {DV_META}><a href="/chuyen-muc/{s.cat}" {DV_META}>'
        f'<span class="VPBadge tip" {DV_META}>{esc(CATS[s.cat])}</span></a></span>'
    ]
    if s.opts.get("shown"):
        parts.append(
            f'<span class="bv-meta__ng" {DV_META}>🗓 <time datetime="{s.opts["dt"]}" {DV_META}>'
            f"{s.opts['shown']}</time></span>"
        )
    if s.opts.get("meta_author"):
        parts.append(f'<span class="bv-meta__tg" {DV_META}>✍ {esc(s.opts["meta_author"])}</span>')
    parts.append(
        f'<span class="bv-meta__lx" {DV_META}>👁 <span id="busuanzi_value_page_pv" {DV_META}>--</span> lượt xem</span>'
    )
    return f'<div class="bv-meta" {DV_META}><!--[-->{"".join(parts)}<!--]--></div>'


def article_markdown(s: Story) -> str:
    parts = [heading(1, s.title), post_meta(s)]
    if s.summary and s.sapo_outside:
        parts.append(f'<div class="bv-sapo" {DV_META}>{esc(s.summary)}</div>')
    parts.append(render_body(s))
    parts.append(BANQUYEN)
    return "\n".join(parts)


def outline_items(s: Story) -> list[tuple[int, str]]:
    levels = ("h2", "h3") if s.opts.get("outline") == "deep" else ("h2",)
    return [(int(b.style[1]), b.text) for b in s.blocks if isinstance(b, P) and b.style in levels]


def meta_description(s: Story) -> str:
    if s.opts.get("desc"):
        return s.opts["desc"]
    if s.summary:
        return s.summary
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return first if len(first) <= 150 else first[:147].rsplit(" ", 1)[0] + "…"


# --- chrome -----------------------------------------------------------------------------------

INTRO = [("/gioi-thieu/lich-su-hinh-thanh", "Lịch sử hình thành"), ("/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức")]
TOOLS = [("/van-ban/", "Văn bản"), ("/thu-vien-anh/", "Thư viện ảnh"), ("/lich-giang/", "Lịch giảng"), ("/lien-he", "Liên hệ")]
SIDEBAR: list[tuple[str, list[tuple[str, str]]]] = [
    ("Tin tức", [("/tin-tuc/", "Tất cả bài viết")] + [(f"/chuyen-muc/{k}", v) for k, v in CATS.items()]),
    ("Bài viết mới", [(post_path(s), short(s)) for s in ORDERED[:5]]),
    ("Giới thiệu", INTRO),
    ("Tiện ích", TOOLS),
]
SIDEBAR_FLAT = [item for _, items in SIDEBAR for item in items]

DEFAULT_UPDATED = ("2026-12-05T00:10:44.000Z", "07:10 05/12/2026")


def head(request: Request, *, title: str, description: str, page_key: str, canonical: str | None, og_type: str = "website") -> str:
    base = base_url(request)
    extra = ""
    if canonical:
        extra = (
            f'\n    <link rel="canonical" href="{base}{canonical}">'
            f'\n    <meta property="og:url" content="{base}{canonical}">'
        )
    return f"""<!DOCTYPE html>
<html lang="vi-VN" dir="ltr">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <title>{esc(title)}</title>
    <meta name="description" content="{esc(description)}">
    <meta name="generator" content="VitePress v1.6.3">
    <link rel="preload stylesheet" href="/assets/style.DkQv0m2L.css" as="style">
    <link rel="preload stylesheet" href="/vp-icons.css" as="style">
    <script type="module" src="/assets/app.Bq1rM0xT.js"></script>
    <link rel="preload" href="/assets/inter-roman-latin.Di8DUHzh.woff2" as="font" type="font/woff2" crossorigin="">
    <link rel="modulepreload" href="/assets/chunks/theme.CbA9uWsw.js">
    <link rel="modulepreload" href="/assets/chunks/framework.Dh1jimFm.js">
    <link rel="modulepreload" href="/assets/{page_key}.md.{h8(page_key)}.lean.js">
    <link rel="icon" href="/favicon.ico">
    <meta property="og:type" content="{og_type}">
    <meta property="og:site_name" content="{SITE}">
    <meta property="og:title" content="{esc(title)}">{extra}
    <script id="check-dark-mode">(()=>{{const e=localStorage.getItem("vitepress-theme-appearance")||"auto",a=window.matchMedia("(prefers-color-scheme: dark)").matches;(!e||e==="auto"?a:e==="dark")&&document.documentElement.classList.add("dark")}})();</script>
    <script id="check-mac-os">document.documentElement.classList.toggle("mac",/Mac|iPhone|iPod|iPad/i.test(navigator.platform));</script>
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2TCT9TQ"></script>
  </head>"""


def _flyout(label: str, items: list[tuple[str, str]], active: bool) -> str:
    links = "".join(
        f'<div class="VPMenuLink" {DV_NAV}><a class="VPLink link" href="{href}" {DV_NAV}><span {DV_NAV}>{esc(t)}</span></a></div>'
        for href, t in items
    )
    act = " active" if active else ""
    return (
        f'<div class="VPFlyout VPNavBarMenuGroup{act}" {DV_NAV}><button type="button" class="button" '
        f'aria-haspopup="true" aria-expanded="false" {DV_NAV}><span class="text" {DV_NAV}><span {DV_NAV}>{esc(label)}</span>'
        f'<span class="vpi-chevron-down text-icon" {DV_NAV}></span></span></button>'
        f'<div class="menu" {DV_NAV}><div class="VPMenu" {DV_NAV}><div class="items" {DV_NAV}><!--[-->{links}<!--]--></div></div></div></div>'
    )


def nav(current: str, has_sidebar: bool = True) -> str:
    news_items = [("/tin-tuc/", "Tất cả tin bài")] + [(f"/chuyen-muc/{k}", v) for k, v in CATS.items()]
    menu = (
        f'<a class="VPLink link VPNavBarMenuLink{" active" if current == "/" else ""}" href="/" tabindex="0" {DV_NAV}><span {DV_NAV}>Trang chủ</span></a>'
        + _flyout("Giới thiệu", INTRO, current.startswith("/gioi-thieu/"))
        + _flyout("Tin tức - Sự kiện", news_items, current.startswith(("/tin-tuc", "/chuyen-muc")))
        + f'<a class="VPLink link VPNavBarMenuLink" href="/van-ban/" tabindex="0" {DV_NAV}><span {DV_NAV}>Văn bản</span></a>'
        + _flyout("Tiện ích", [*TOOLS[1:3], ("https://elearning.truongchinhtri.tuyenquang.gov.vn", "Học trực tuyến")], False)
        + f'<a class="VPLink link VPNavBarMenuLink" href="/lien-he" tabindex="0" {DV_NAV}><span {DV_NAV}>Liên hệ</span></a>'
    )
    hs = " has-sidebar" if has_sidebar else ""
    return f"""<header class="VPNav" {DV_LAYOUT} {DV_NAV}><div class="VPNavBar{hs} top" {DV_NAV}><div class="wrapper" {DV_NAV}><div class="container" {DV_NAV}>
<div class="title" {DV_NAV}><div class="VPNavBarTitle{hs}" {DV_NAV}><a class="title" href="/" {DV_NAV}><!--[--><!--]--><!--[--><img class="VPImage logo" src="/logo-tct.png" alt {DV_NAV}><!--]--><span {DV_NAV}>{SITE}</span><!--[--><!--]--></a></div></div>
<div class="content" {DV_NAV}><div class="content-body" {DV_NAV}><!--[--><div class="tct-hom-nay" style="font-size:13px;color:var(--vp-c-text-2);margin-right:12px" {DV_NAV}>{TODAY_VN}</div><!--]-->
<div class="VPNavBarSearch search" {DV_NAV}><div id="local-search"><button type="button" class="DocSearch DocSearch-Button" aria-label="Tìm kiếm"><span class="DocSearch-Button-Container"><span class="vp-icon DocSearch-Search-Icon"></span><span class="DocSearch-Button-Placeholder">Tìm kiếm</span></span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key"></kbd><kbd class="DocSearch-Button-Key">K</kbd></span></button></div></div>
<nav aria-labelledby="main-nav-aria-label" class="VPNavBarMenu menu" {DV_NAV}><span id="main-nav-aria-label" class="visually-hidden" {DV_NAV}>Main Navigation</span><!--[-->{menu}<!--]--></nav>
<div class="VPFlyout VPNavBarExtra extra" {DV_NAV}><button type="button" class="button" aria-haspopup="true" aria-expanded="false" aria-label="extra navigation" {DV_NAV}><span class="vpi-more-horizontal icon" {DV_NAV}></span></button></div>
<div class="VPNavBarAppearance appearance" {DV_NAV}><button class="VPSwitch VPSwitchAppearance" type="button" role="switch" title="Chuyển sang giao diện tối" aria-checked="false" {DV_NAV}><span class="check"><span class="icon"><span class="vpi-sun sun"></span><span class="vpi-moon moon"></span></span></span></button></div>
<div class="VPSocialLinks VPNavBarSocialLinks social-links" {DV_NAV}><!--[--><a class="VPSocialLink no-icon" href="https://www.facebook.com/truongchinhtrituyenquang" aria-label="facebook" target="_blank" rel="noopener"><span class="vpi-social-facebook"></span></a><a class="VPSocialLink no-icon" href="https://www.youtube.com/@truongchinhtrituyenquang" aria-label="youtube" target="_blank" rel="noopener"><span class="vpi-social-youtube"></span></a><!--]--></div>
<button type="button" class="VPNavBarHamburger hamburger" aria-label="mobile navigation" aria-expanded="false" aria-controls="VPNavScreen" {DV_NAV}><span class="container"><span class="top"></span><span class="middle"></span><span class="bottom"></span></span></button>
</div></div></div></div><div class="divider" {DV_NAV}><div class="divider-line" {DV_NAV}></div></div></div><!----></header>"""


def norm(path: str) -> str:
    if path.endswith("/index.html"):
        return path[: -len("index.html")]
    if path.endswith(".html"):
        return path[:-5]
    return path


def sidebar(current: str) -> str:
    groups = []
    for label, items in SIDEBAR:
        links = []
        has_active = False
        for href, title in items:
            active = href == current
            has_active |= active
            cls = "VPSidebarItem level-1 is-link" + (" is-active has-active" if active else "")
            links.append(
                f'<div class="{cls}" {DV_SIDEBAR}><div class="item" {DV_SIDEBAR}><div class="indicator" {DV_SIDEBAR}></div>'
                f'<a class="VPLink link link" href="{href}" {DV_SIDEBAR}><!--[--><p class="text" {DV_SIDEBAR}>{esc(title)}</p><!--]--></a>'
                f"<!----></div><!----></div>"
            )
        collapsed = " collapsed" if label == "Bài viết mới" and not has_active else ""
        groups.append(
            f'<div class="no-transition group" {DV_SIDEBAR}><section class="VPSidebarItem level-0 collapsible{collapsed}'
            f'{" has-active" if has_active else ""}" {DV_SIDEBAR}><div class="item" role="button" tabindex="0" {DV_SIDEBAR}>'
            f'<div class="indicator" {DV_SIDEBAR}></div><h2 class="text" {DV_SIDEBAR}>{esc(label)}</h2>'
            f'<div class="caret" role="button" aria-label="toggle section" tabindex="0" {DV_SIDEBAR}><span class="vpi-chevron-right caret-icon" {DV_SIDEBAR}></span></div></div>'
            f'<div class="items" {DV_SIDEBAR}><!--[-->{"".join(links)}<!--]--></div></section></div>'
        )
    return (
        f'<aside class="VPSidebar" {DV_LAYOUT} {DV_SIDEBAR}><div class="curtain" {DV_SIDEBAR}></div>'
        f'<nav class="nav" id="VPSidebarNav" aria-labelledby="sidebar-aria-label" tabindex="-1" {DV_SIDEBAR}>'
        f'<span class="visually-hidden" id="sidebar-aria-label" {DV_SIDEBAR}>Sidebar Navigation</span><!--[--><!--]--><!--[-->'
        + "".join(groups)
        + "<!--]--><!--[--><!--]--></nav></aside>"
    )


def aside(outline: list[tuple[int, str]], nfd: bool = False) -> str:
    if outline:
        lis = []
        for level, title in outline:
            shown = text(title, nfd=nfd)
            if level == 3 and lis:
                lis[-1][1].append(f'<li><a class="outline-link" href="#{vp_slug(title)}" title="{esc(title)}">{shown}</a><!----></li>')
            else:
                lis.append([f'<a class="outline-link" href="#{vp_slug(title)}" title="{esc(title)}">{shown}</a>', []])
        items = "".join(
            f"<li>{a}" + (f'<ul class="VPDocOutlineItem nested"><!--[-->{"".join(sub)}<!--]--></ul>' if sub else "<!---->") + "</li>"
            for a, sub in lis
        )
        outline_html = (
            '<nav aria-labelledby="doc-outline-aria-label" class="VPDocAsideOutline has-outline"><div class="content">'
            '<div class="outline-marker"></div><div aria-level="2" class="outline-title" id="doc-outline-aria-label" role="heading">'
            f'Trên trang này</div><ul class="VPDocOutlineItem root"><!--[-->{items}<!--]--></ul></div></nav>'
        )
    else:
        outline_html = '<nav aria-labelledby="doc-outline-aria-label" class="VPDocAsideOutline"><div class="content"><div class="outline-marker"></div><div aria-level="2" class="outline-title" id="doc-outline-aria-label" role="heading">Trên trang này</div><ul class="VPDocOutlineItem root"><!--[--><!--]--></ul></div></nav>'
    most = "".join(
        f'<li {DV_ASIDE}><a href="{post_html(BY_ID[i])}?ref=doc-nhieu" {DV_ASIDE}>{esc(short(BY_ID[i]))}</a></li>'
        for i in MOST_READ
    )
    return f"""<div class="aside" {DV_DOC}><div class="aside-curtain" {DV_DOC}></div><div class="aside-container" {DV_DOC}><div class="aside-content" {DV_DOC}><div class="VPDocAside" {DV_DOC}><!--[--><!--]--><!--[--><!--]-->{outline_html}<!--[-->
<div class="tct-hop" id="hop-1" {DV_ASIDE}><div class="tct-hop__td" {DV_ASIDE}>📌 Thông báo</div><div class="tct-hop__nd" {DV_ASIDE}><marquee scrollamount="2" direction="up" height="60">Học viên tra cứu lịch học tập trung tại mục <a href="/lich-giang/">Lịch giảng</a>. Hạn nộp hồ sơ tuyển sinh Trung cấp LLCT khóa 48: 31/12/2026.</marquee></div></div>
<div class="tct-hop" id="hop-2" {DV_ASIDE}><div class="tct-hop__td" {DV_ASIDE}>🔥 Đọc nhiều</div><ol class="tct-docnhieu" {DV_ASIDE}><!--[-->{most}<!--]--></ol></div>
<div class="tct-hop" id="hop-3" {DV_ASIDE}><div class="tct-hop__td" {DV_ASIDE}>Liên kết website</div><select class="tct-lk" onchange="if(this.value)window.open(this.value)" {DV_ASIDE}><option value="">-- Chọn liên kết --</option><option value="https://tuyenquang.dcs.vn">Tỉnh ủy Tuyên Quang</option><option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option><option value="https://www.tapchicongsan.org.vn">Tạp chí Cộng sản</option><option value="https://baotuyenquang.com.vn">Báo Tuyên Quang</option></select></div>
<div class="tct-hop" id="hop-4" {DV_ASIDE}><div class="tct-hop__td" {DV_ASIDE}>Thống kê truy cập</div><table class="tct-dem" {DV_ASIDE}><tbody><tr><td>Đang online:</td><td>23</td></tr><tr><td>Hôm nay:</td><td>1.187</td></tr><tr><td>Tháng này:</td><td>6.904</td></tr><tr><td>Tổng truy cập:</td><td>2.381.559</td></tr></tbody></table></div>
<div class="tct-hop" id="hop-5" {DV_ASIDE}><div class="tct-hop__td" {DV_ASIDE}>Thăm dò ý kiến</div><form class="tct-binhchon" action="https://docs.google.com/forms/d/e/1FAIpQLSeTCTtq2026/formResponse" method="post" target="_blank" {DV_ASIDE}><p {DV_ASIDE}>Bạn đánh giá thế nào về giao diện mới của Trang thông tin điện tử Nhà trường?</p><label><input type="radio" name="entry.1022" value="Rất hài lòng"> Rất hài lòng</label><br><label><input type="radio" name="entry.1022" value="Hài lòng"> Hài lòng</label><br><label><input type="radio" name="entry.1022" value="Chưa hài lòng"> Chưa hài lòng</label><br><button type="submit">Bình chọn</button></form></div>
<!--]--><div class="spacer" {DV_DOC}></div><!--[--><!--]--><!----><!--[--><!--]--><!--[--><!--]--></div></div></div></div>"""


def breadcrumb(items: list[tuple[str | None, str]]) -> str:
    parts = []
    for href, label in items:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f'<span class="hien-tai">{esc(label)}</span>')
    return f'<nav class="tct-dd" aria-label="breadcrumb" {DV_DOC}>' + ' <span class="sep">›</span> '.join(parts) + "</nav>"


def prev_next(current: str) -> str:
    keys = [h for h, _ in SIDEBAR_FLAT]
    if current not in keys:
        return ""
    i = keys.index(current)
    prev = SIDEBAR_FLAT[i - 1] if i > 0 else None
    nxt = SIDEBAR_FLAT[i + 1] if i + 1 < len(SIDEBAR_FLAT) else None
    out = f'<nav class="prev-next" aria-labelledby="doc-footer-aria-label" {DV_DOC}><span class="visually-hidden" id="doc-footer-aria-label" {DV_DOC}>Pager</span>'
    out += f'<div class="pager" {DV_DOC}>'
    if prev:
        out += f'<a class="VPLink link pager-link prev" href="{prev[0]}" {DV_DOC}><!--[--><span class="desc" {DV_DOC}>Trang trước</span><span class="title" {DV_DOC}>{esc(prev[1])}</span><!--]--></a>'
    out += f'</div><div class="pager" {DV_DOC}>'
    if nxt:
        out += f'<a class="VPLink link pager-link next" href="{nxt[0]}" {DV_DOC}><!--[--><span class="desc" {DV_DOC}>Trang sau</span><span class="title" {DV_DOC}>{esc(nxt[1])}</span><!--]--></a>'
    return out + "</div></nav>"


def vp_footer(has_sidebar: bool = True) -> str:
    hs = " has-sidebar" if has_sidebar else ""
    return f"""<footer class="VPFooter{hs}" {DV_LAYOUT} {DV_FOOT}><div class="container" {DV_FOOT}><p class="message" {DV_FOOT}><strong>TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</strong><br>Địa chỉ: Số 268 đường Trường Chinh, phường Minh Xuân, tỉnh Tuyên Quang<br>Điện thoại: 0207.3822.123 - Fax: 0207.3822.124 - Email: <a href="mailto:truongchinhtri@tuyenquang.gov.vn">truongchinhtri@tuyenquang.gov.vn</a></p><p class="copyright" {DV_FOOT}>Bản quyền © 2024-2026 Trường Chính trị tỉnh Tuyên Quang. Chịu trách nhiệm nội dung: Hiệu trưởng Nhà trường.<br>Ghi rõ nguồn khi phát hành lại thông tin từ website này. Xây dựng bằng <a href="https://vitepress.dev" target="_blank" rel="noopener">VitePress</a>.</p></div></footer>"""


def page_key(path: str) -> str:
    p = norm(path).strip("/")
    return (p.replace("/", "_") or "index") + ("_index" if path.endswith("/") and p else "")


def scripts() -> str:
    keys = ["index.md", "tin-tuc_index.md", "tin-tuc_trang_[page].md", "chuyen-muc_[cat].md",
            "gioi-thieu_lich-su-hinh-thanh.md", "gioi-thieu_co-cau-to-chuc.md", "lien-he.md",
            "van-ban_index.md", "thu-vien-anh_index.md", "lich-giang_index.md",
            "tin-tuc_2026_ban-nhap-thong-bao-nghi-tet.md"]
    keys += [f"tin-tuc_2026_{s.slug}.md" for s in STORIES]
    hashmap = json.dumps({k: h8(k) for k in keys}, ensure_ascii=False).replace('"', '\\"')
    site = json.dumps({"lang": "vi-VN", "dir": "ltr", "title": SITE, "description": "Trang thông tin điện tử",
                       "base": "/", "head": [], "router": {"prefetchLinks": True}, "appearance": True,
                       "themeConfig": {"outline": {"label": "Trên trang này"}, "docFooter": {"prev": "Trang trước", "next": "Trang sau"},
                                       "lastUpdated": {"text": "Cập nhật lần cuối"}}, "cleanUrls": True},
                      ensure_ascii=False).replace('"', '\\"')
    return (f'<script>window.__VP_HASH_MAP__=JSON.parse("{hashmap}");\n'
            f'window.__VP_SITE_DATA__=JSON.parse("{site}");</script>')


def doc_page(request: Request, *, current: str, title: str, head_title: str, description: str, content: str,
             crumbs: list[tuple[str | None, str]], outline: list[tuple[int, str]] | None = None, nfd: bool = False,
             canonical: str | None = None, footer_before: str = "", updated: tuple[str, str] = DEFAULT_UPDATED,
             md_path: str = "index.md", og_type: str = "website") -> str:
    key = page_key(request.path)
    vp_class = "_" + current.strip("/").replace("/", "_") if current != "/" else "_index"
    return f"""{head(request, title=f"{head_title} | {SITE}", description=description, page_key=key, canonical=canonical, og_type=og_type)}
  <body>
    <div id="app"><div class="Layout" {DV_LAYOUT}><!--[--><!--]--><!--[--><span tabindex="-1" data-v-0f60ec36></span><a href="#VPContent" class="VPSkipLink visually-hidden" data-v-0f60ec36>Chuyển đến nội dung</a><!--]--><!---->{nav(current)}<div class="VPLocalNav has-sidebar empty" {DV_LAYOUT}><div class="container"><button class="menu" aria-expanded="false" aria-controls="VPSidebarNav"><span class="vpi-align-left menu-icon"></span><span class="menu-text">Danh mục</span></button></div></div>{sidebar(current)}<div class="VPContent has-sidebar" id="VPContent" {DV_LAYOUT}><div class="VPDoc has-sidebar has-aside" {DV_DOC}><!--[--><!--]--><div class="container" {DV_DOC}>{aside(outline or [], nfd)}<div class="content" {DV_DOC}><div class="content-container" {DV_DOC}><!--[-->{breadcrumb(crumbs)}<!--]--><main class="main" {DV_DOC}><div style="position:relative;" class="vp-doc {vp_class}" {DV_DOC}><div>
{content}
</div></div></main><footer class="VPDocFooter" {DV_DOC}><!--[-->{footer_before}<!--]--><div class="edit-info"><div class="edit-link"><a class="VPLink link vp-external-link-icon no-icon edit-link-button" href="https://gitlab.com/tct-tuyenquang/website/-/edit/main/docs/{md_path}" target="_blank" rel="noreferrer"><!--[--><span class="vpi-square-pen edit-link-icon"></span> Đề xuất chỉnh sửa trang này<!--]--></a></div><div class="last-updated"><p class="VPLastUpdated">Cập nhật lần cuối: <time datetime="{updated[0]}">{updated[1]}</time></p></div></div>{prev_next(current)}</footer><!--[--><!--]--></div></div></div><!--[--><!--]--></div></div>{vp_footer()}<!--[--><!--]--></div></div>
    {scripts()}
  </body>
</html>
"""


# --- pages ------------------------------------------------------------------------------------


def article_page(request: Request, s: Story) -> str:
    base = base_url(request)
    url = base + post_path(s)
    related = [r for r in cat_stories(s.cat) if r.id != s.id][:2]
    rel_items = "".join(
        f'<li {DV_LIST}><a href="{post_path(r)}" {DV_LIST}>{esc(short(r))}</a>'
        + (f' <span class="bv-lq__ngay" {DV_LIST}>({listing_day(r)})</span>' if listing_day(r) else "")
        + "</li>"
        for r in related
    )
    footer_before = (
        f'<div class="bv-congcu" {DV_LIST}><span {DV_LIST}>Chia sẻ:</span> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener" {DV_LIST}>Facebook</a> '
        f'<a href="https://sp.zalo.me/share_inline?url={url}" target="_blank" rel="noopener" {DV_LIST}>Zalo</a> '
        f'<a href="javascript:window.print()" {DV_LIST}>🖨 In bài</a> '
        f'<a href="mailto:?subject={esc(short(s))}&amp;body={url}" {DV_LIST}>✉ Gửi email</a></div>'
        + (
            f'<div class="bv-lq" {DV_LIST}><h3 class="bv-lq__td" {DV_LIST}>Tin liên quan</h3><ul {DV_LIST}><!--[-->{rel_items}<!--]--></ul></div>'
            if related
            else ""
        )
    )
    return doc_page(
        request,
        current=post_path(s),
        title=s.title,
        head_title=short(s),
        description=meta_description(s),
        content=article_markdown(s),
        crumbs=[("/", "Trang chủ"), ("/tin-tuc/", "Tin tức"), (f"/chuyen-muc/{s.cat}", CATS[s.cat])],
        outline=outline_items(s),
        nfd=bool(s.opts.get("nfd")),
        canonical=post_path(s),
        footer_before=footer_before,
        updated=s.opts.get("updated", DEFAULT_UPDATED),
        md_path=f"tin-tuc/2026/{s.slug}.md",
        og_type="article",
    )


def listing_items(stories: list[Story], html_links: bool) -> str:
    out = []
    for s in stories:
        href = post_html(s) if html_links else post_path(s)
        day = listing_day(s)
        out.append(
            f'<div class="ds-bv__muc" {DV_LIST}><a class="ds-bv__anh" href="{href}" {DV_LIST}>'
            f'<img src="/images/thumbs/{s.slug}.jpg" alt="" loading="lazy" {DV_LIST}></a>'
            f'<div class="ds-bv__nd" {DV_LIST}><h3 class="ds-bv__td" {DV_LIST}><a href="{href}" {DV_LIST}>{esc(short(s))}</a></h3>'
            f'<div class="ds-bv__ngay" {DV_LIST}>{day}{" · " if day else ""}{esc(CATS[s.cat])}</div>'
            f'<p class="ds-bv__tt" {DV_LIST}>{esc(meta_description(s))}</p></div></div>'
        )
    return f'<div class="ds-bv" {DV_LIST}><!--[-->' + "".join(out) + "<!--]--></div>"


def pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base.rstrip('/')}/trang/{n}"

    parts = []
    if page > 1:
        parts.append(f'<a class="pt-nut" href="{href(page - 1)}" {DV_LIST}>‹ Trang trước</a>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span class="pt-nut hien-tai" {DV_LIST}>{n}</span>')
        else:
            parts.append(f'<a class="pt-nut" href="{href(n)}" {DV_LIST}>{n}</a>')
    if page < pages:
        parts.append(f'<a class="pt-nut" href="{href(page + 1)}" {DV_LIST}>Trang sau ›</a>')
    return f'<nav class="ds-phantrang" {DV_LIST}><!--[-->' + " ".join(parts) + "<!--]--></nav>"


def index_page(request: Request, page: int) -> str | None:
    pages = -(-len(ORDERED) // PER_INDEX)
    if not 1 <= page <= pages:
        return None
    chunk = ORDERED[(page - 1) * PER_INDEX : page * PER_INDEX]
    current = "/tin-tuc/" if page == 1 else f"/tin-tuc/trang/{page}"
    h1 = "Tin tức - Sự kiện" + (f" (trang {page})" if page > 1 else "")
    content = (
        heading(1, h1)
        + f"\n<p>Tin tức, sự kiện, thông báo của {SITE}.</p>\n"
        + listing_items(chunk, html_links=False)
        + pager("/tin-tuc/", page, pages)
    )
    return doc_page(
        request,
        current=current,
        title=h1,
        head_title=h1,
        description=f"Tin tức, sự kiện của {SITE}",
        content=content,
        crumbs=[("/", "Trang chủ"), (None, "Tin tức")],
        md_path="tin-tuc/index.md" if page == 1 else "tin-tuc/trang/[page].md",
    )


def cat_page(request: Request, cat: str, page: int) -> str | None:
    stories = cat_stories(cat)
    pages = -(-len(stories) // PER_CAT)
    if not 1 <= page <= pages:
        return None
    chunk = stories[(page - 1) * PER_CAT : page * PER_CAT]
    base = f"/chuyen-muc/{cat}"
    current = base if page == 1 else f"{base}/trang/{page}"
    h1 = CATS[cat]
    content = heading(1, h1) + "\n" + listing_items(chunk, html_links=True) + pager(base, page, pages)
    return doc_page(
        request,
        current=current,
        title=h1,
        head_title=h1 + (f" - Trang {page}" if page > 1 else ""),
        description=f"{h1} - {SITE}",
        content=content,
        crumbs=[("/", "Trang chủ"), ("/tin-tuc/", "Tin tức"), (None, h1)],
        md_path="chuyen-muc/[cat].md",
    )


def home_page(request: Request) -> str:
    latest = "".join(
        f'<li class="tm-muc" {DV_LIST}><img src="/images/thumbs/{BY_ID[i].slug}.jpg" alt="" {DV_LIST}>'
        f'<a href="{post_path(BY_ID[i])}" {DV_LIST}>{esc(short(BY_ID[i]))}</a>'
        f'<span class="tm-ngay" {DV_LIST}>{listing_day(BY_ID[i])}</span></li>'
        for i in HOME_LATEST
    )
    notices = "".join(
        f'<li {DV_LIST}><a href="{post_html(BY_ID[i])}" {DV_LIST}>{esc(short(BY_ID[i]))}</a> <em>({listing_day(BY_ID[i])})</em></li>'
        for i in (2, 9)
    )
    features = [
        ("📚", "Tiêu điểm", short(S8), post_html(S8), "Đọc bài viết"),
        ("🎓", "Tuyển sinh 2027", "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung khóa 48.", post_html(S2), "Xem thông báo"),
        ("🗓️", "Lịch giảng", "Lịch giảng dạy, học tập tuần này của các lớp đào tạo, bồi dưỡng.", "/lich-giang/", "Xem lịch"),
    ]
    feats = "".join(
        f'<div class="grid-3 item" data-v-b1eea84a><a class="VPLink link VPFeature" href="{href}" data-v-b1eea84a>'
        f'<article class="box"><div class="icon">{icon}</div><h2 class="title">{esc(t)}</h2><p class="details">{esc(d)}</p>'
        f'<div class="link-text"><p class="link-text-value">{lt} <span class="vpi-arrow-right link-text-icon"></span></p></div></article></a></div>'
        for icon, t, d, href, lt in features
    )
    return f"""{head(request, title=SITE, description="Trang thông tin điện tử Trường Chính trị tỉnh Tuyên Quang", page_key="index", canonical="/")}
  <body>
    <div id="app"><div class="Layout" {DV_LAYOUT}><!--[--><!--]--><!--[--><span tabindex="-1" data-v-0f60ec36></span><a href="#VPContent" class="VPSkipLink visually-hidden" data-v-0f60ec36>Chuyển đến nội dung</a><!--]--><!---->{nav("/", has_sidebar=False)}<!----><!----><div class="VPContent is-home" id="VPContent" {DV_LAYOUT}><div class="VPHome" data-v-40e10b9a><!--[--><!--]--><!--[--><!--]-->
<div class="VPHero has-image VPHomeHero" data-v-40e10b9a><div class="container"><div class="main"><!--[--><!--]--><!--[--><h1 class="heading"><span class="name clip">{SITE}</span><span class="text">Trung thành - Sáng tạo - Chuẩn mực</span></h1><p class="tagline">Đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị cơ sở tỉnh Tuyên Quang</p><!--]--><!--[--><!--]--><div class="actions"><!--[--><div class="action"><a class="VPButton medium brand" href="/tin-tuc/">Tin tức - Sự kiện</a></div><div class="action"><a class="VPButton medium alt" href="/gioi-thieu/lich-su-hinh-thanh">Giới thiệu</a></div><!--]--></div><!--[--><!--]--></div><div class="image"><div class="image-container"><div class="image-bg"></div><!--[--><img class="VPImage image-src" src="/logo-tct-lon.png" alt="Logo Trường Chính trị tỉnh Tuyên Quang"><!--]--></div></div></div></div>
<!--[--><!--]--><!--[--><!--]--><div class="VPFeatures VPHomeFeatures" data-v-40e10b9a><div class="container"><div class="items"><!--[-->{feats}<!--]--></div></div></div>
<!--[--><div class="tct-trangchu" {DV_LIST}><div class="tct-trangchu__cot" {DV_LIST}><h2 class="tct-tieude" {DV_LIST}>Tin mới nhất</h2><ul class="tm-ds" {DV_LIST}><!--[-->{latest}<!--]--></ul><p {DV_LIST}><a href="/tin-tuc/" {DV_LIST}>Xem tất cả »</a></p></div>
<div class="tct-trangchu__cot" {DV_LIST}><h2 class="tct-tieude" {DV_LIST}>Thông báo</h2><ul {DV_LIST}><!--[-->{notices}<!--]--></ul><p {DV_LIST}><a href="/chuyen-muc/thong-bao" {DV_LIST}>Xem tất cả »</a></p>
<h2 class="tct-tieude" {DV_LIST}>Thống kê truy cập</h2><table class="tct-dem" {DV_LIST}><tbody><tr><td>Đang online:</td><td>23</td></tr><tr><td>Hôm nay:</td><td>1.187</td></tr><tr><td>Tổng truy cập:</td><td>2.381.559</td></tr></tbody></table></div></div><!--]-->
<div class="vp-doc container" style="" data-v-40e10b9a><div class="_index"><!-- trống --></div></div></div></div>{vp_footer(has_sidebar=False)}<!--[--><!--]--></div></div>
    {scripts()}
  </body>
</html>
"""


def simple_doc(request: Request, current: str, h1: str, body: str, crumbs, md_path: str, outline=None) -> str:
    return doc_page(
        request,
        current=current,
        title=h1,
        head_title=h1,
        description=f"{h1} - {SITE}",
        content=heading(1, h1) + "\n" + body,
        crumbs=crumbs,
        outline=outline,
        md_path=md_path,
        updated=("2026-09-18T02:41:09.000Z", "09:41 18/09/2026"),
    )


def intro_history(request: Request) -> str:
    h2a, h2b = "Quá trình hình thành", "Chức năng, nhiệm vụ"
    body = f"""<p><img src="/images/gioi-thieu/toan-canh-truong.jpg" alt="Toàn cảnh Trường Chính trị tỉnh Tuyên Quang"></p>
{heading(2, h2a)}
<p>Tiền thân của Trường Chính trị tỉnh Tuyên Quang là Trường Đảng tỉnh Tuyên Quang được thành lập năm 1949 tại Chiêm Hóa. Trải qua các thời kỳ xây dựng và phát triển, Nhà trường nhiều lần được đổi tên, hợp nhất: Trường Đảng tỉnh Hà Tuyên (1976), Trường Chính trị tỉnh Tuyên Quang (1991).</p>
<p>Năm 2025, thực hiện chủ trương sắp xếp, hợp nhất tỉnh, Trường Chính trị tỉnh Tuyên Quang và Trường Chính trị tỉnh Hà Giang được hợp nhất thành Trường Chính trị tỉnh Tuyên Quang, có hai cơ sở đào tạo.</p>
{heading(2, h2b)}
<p>Nhà trường là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng tham mưu và tổ chức thực hiện công tác đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị cơ sở; nghiên cứu khoa học về lý luận chính trị, tổng kết thực tiễn địa phương.</p>
<p>Nhà trường vinh dự được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba và nhiều phần thưởng cao quý khác.</p>"""
    return simple_doc(request, "/gioi-thieu/lich-su-hinh-thanh", "Lịch sử hình thành và phát triển", body,
                      [("/", "Trang chủ"), (None, "Giới thiệu")], "gioi-thieu/lich-su-hinh-thanh.md",
                      outline=[(2, h2a), (2, h2b)])


def intro_structure(request: Request) -> str:
    body = f"""{heading(2, "Ban Giám hiệu")}
<table tabindex="0"><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr></thead><tbody>
<tr><td>TS. Nguyễn Đình Quân</td><td>Hiệu trưởng</td><td>0207.3822.101</td></tr>
<tr><td>ThS. Trần Văn Bình</td><td>Phó Hiệu trưởng</td><td>0207.3822.102</td></tr>
<tr><td>ThS. Lương Thị Hoa</td><td>Phó Hiệu trưởng</td><td>0207.3822.103</td></tr>
</tbody></table>
{heading(2, "Các khoa, phòng")}
<ul><li>Phòng Tổ chức - Hành chính</li><li>Phòng Quản lý đào tạo</li><li>Phòng Quản lý khoa học</li><li>Khoa Xây dựng Đảng</li><li>Khoa Lý luận cơ sở</li><li>Khoa Nhà nước và Pháp luật</li><li>Khoa Dân vận</li></ul>"""
    return simple_doc(request, "/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức", body,
                      [("/", "Trang chủ"), (None, "Giới thiệu")], "gioi-thieu/co-cau-to-chuc.md",
                      outline=[(2, "Ban Giám hiệu"), (2, "Các khoa, phòng")])


def contact(request: Request) -> str:
    body = """<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</strong></p>
<p>Cơ sở 1: Số 268 đường Trường Chinh, phường Minh Xuân, tỉnh Tuyên Quang<br>
Cơ sở 2: Tổ 9, phường Hà Giang 1, tỉnh Tuyên Quang</p>
<p>Điện thoại: 0207.3822.123 - Phòng Quản lý đào tạo: 0207.3822.456<br>
Email: <a href="mailto:truongchinhtri@tuyenquang.gov.vn">truongchinhtri@tuyenquang.gov.vn</a></p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3700!2d105.21!3d21.82" width="100%" height="320" style="border:0;" loading="lazy"></iframe>
<form class="tct-lienhe" action="https://formspree.io/f/xtctq2026" method="post"><p><input name="hoten" placeholder="Họ và tên"></p><p><input name="email" placeholder="Email"></p><p><textarea name="noidung" placeholder="Nội dung"></textarea></p><p><button type="submit">Gửi liên hệ</button></p></form>"""
    return simple_doc(request, "/lien-he", "Liên hệ", body, [("/", "Trang chủ"), (None, "Liên hệ")], "lien-he.md")


DOCS = {
    "quy-che-dao-tao-2026": (
        "Quy chế đào tạo, bồi dưỡng của Trường Chính trị tỉnh Tuyên Quang",
        "Quyết định số 102/QĐ-TCT", "15/3/2026", "Ban Giám hiệu", "Quy che dao tao 2026.pdf",
    ),
    "ke-hoach-dao-tao-boi-duong-nam-2027": (
        "Kế hoạch mở lớp đào tạo, bồi dưỡng năm 2027",
        "Kế hoạch số 88-KH/TCT", "20/11/2026", "Phòng Quản lý đào tạo", "KH-88-TCT.pdf",
    ),
}


def doc_index(request: Request) -> str:
    rows = "".join(
        f"<tr><td>{esc(so)}</td><td>{ngay}</td><td><a href=\"/van-ban/{k}\">{esc(t)}</a></td></tr>"
        for k, (t, so, ngay, _, _) in DOCS.items()
    )
    body = f'<table tabindex="0" class="vb-ds"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table>'
    return simple_doc(request, "/van-ban/", "Văn bản", body, [("/", "Trang chủ"), (None, "Văn bản")], "van-ban/index.md")


def doc_entry(request: Request, key: str) -> str:
    t, so, ngay, coquan, fname = DOCS[key]
    body = f"""<table tabindex="0" class="vb-ct"><tbody>
<tr><td><strong>Số/Ký hiệu</strong></td><td>{esc(so)}</td></tr>
<tr><td><strong>Ngày ban hành</strong></td><td>{ngay}</td></tr>
<tr><td><strong>Trích yếu</strong></td><td>{esc(t)}</td></tr>
<tr><td><strong>Đơn vị soạn thảo</strong></td><td>{esc(coquan)}</td></tr>
<tr><td><strong>Tệp đính kèm</strong></td><td><a href="/files/van-ban/{key}.pdf" target="_blank">📎 {esc(fname)}</a></td></tr>
</tbody></table>"""
    return simple_doc(request, f"/van-ban/{key}", t, body, [("/", "Trang chủ"), ("/van-ban/", "Văn bản"), (None, so)],
                      f"van-ban/{key}.md")


ALBUM = [
    ("album-1.jpg", "Lễ bế giảng lớp Cao cấp lý luận chính trị K75"),
    ("album-2.jpg", "Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11"),
    ("album-3.jpg", "Hội thi giảng viên dạy giỏi cấp trường năm 2026"),
    ("album-4.jpg", "Đoàn cán bộ, giảng viên nghiên cứu thực tế tại xã Lâm Bình"),
]


def album(request: Request) -> str:
    cells = "".join(
        f'<figure class="ta-o"><a href="/images/thu-vien/{f}" target="_blank"><img src="/images/thu-vien/thumb-{f}" alt="{esc(c)}"></a>'
        f"<figcaption>{esc(c)}</figcaption></figure>"
        for f, c in ALBUM
    )
    body = f'<p>Hình ảnh hoạt động của Nhà trường năm 2026.</p>\n<div class="ta-luoi">{cells}</div>'
    return simple_doc(request, "/thu-vien-anh/", "Thư viện ảnh", body, [("/", "Trang chủ"), (None, "Thư viện ảnh")],
                      "thu-vien-anh/index.md")


WEEKS = {
    49: ("30/11/2026", "06/12/2026", [
        ("Thứ Hai 30/11", "K47A", "Kỹ năng lãnh đạo, quản lý (tiếp)", "ThS. Đinh Thị Yến"),
        ("Thứ Tư 02/12", "QP-AN ĐT4", "Khai giảng lớp bồi dưỡng kiến thức QP-AN", "Ban Giám hiệu"),
        ("Thứ Sáu 04/12", "Cao cấp K75", "Bế giảng, trao bằng tốt nghiệp", "Học viện CTKV I"),
    ]),
    48: ("23/11/2026", "29/11/2026", [
        ("Thứ Hai 23/11", "K47B", "Hệ thống chính trị, Nhà nước và pháp luật", "ThS. Hà Văn Dũng"),
        ("Thứ Bảy 28/11", "Toàn trường", "Hội thảo khoa học cấp trường", "Phòng QLKH"),
    ]),
}


def calendar(request: Request, week: int) -> str:
    start, end, rows = WEEKS[week]
    trs = "".join(f"<tr><td>{d}</td><td>{lop}</td><td>{esc(nd)}</td><td>{esc(gv)}</td></tr>" for d, lop, nd, gv in rows)
    if week == 49:
        nav_weeks = '<p class="lg-tuan"><a href="/lich-giang/tuan-48">‹ Tuần 48</a> | <strong>Tuần 49</strong> | <span style="color:#999">Tuần 50 ›</span></p>'
        current = "/lich-giang/"
    else:
        nav_weeks = '<p class="lg-tuan"><span style="color:#999">‹ Tuần 47</span> | <strong>Tuần 48</strong> | <a href="/lich-giang/">Tuần 49 ›</a></p>'
        current = "/lich-giang/tuan-48"
    h1 = f"Lịch giảng tuần {week} ({start} - {end})"
    body = nav_weeks + f'\n<table tabindex="0"><thead><tr><th>Ngày</th><th>Lớp</th><th>Nội dung</th><th>Giảng viên</th></tr></thead><tbody>{trs}</tbody></table>'
    return simple_doc(request, current, h1, body, [("/", "Trang chủ"), (None, "Lịch giảng")],
                      "lich-giang/index.md" if week == 49 else "lich-giang/tuan-48.md")


def not_found(request: Request) -> str:
    return f"""{head(request, title=f"404 | {SITE}", description="Không tìm thấy trang", page_key="404", canonical=None)}
  <body>
    <div id="app"><div class="Layout" {DV_LAYOUT}><!--[--><!--]-->{nav(request.path, has_sidebar=False)}<div class="VPContent" id="VPContent" {DV_LAYOUT}><div class="NotFound" data-v-951cab6c><p class="code" data-v-951cab6c>404</p><h1 class="title" data-v-951cab6c>KHÔNG TÌM THẤY TRANG</h1><div class="divider" data-v-951cab6c></div><blockquote class="quote" data-v-951cab6c>Trang bạn tìm không tồn tại hoặc đã được chuyển sang địa chỉ khác.</blockquote><div class="action" data-v-951cab6c><a class="link" href="/" aria-label="về trang chủ" data-v-951cab6c>Về trang chủ</a></div></div></div>{vp_footer(has_sidebar=False)}</div></div>
  </body>
</html>
"""


def sitemap() -> str:
    paths = ["/", "/tin-tuc/", "/tin-tuc/trang/2", "/tin-tuc/trang/3"]
    paths += [f"/chuyen-muc/{k}" for k in CATS] + ["/chuyen-muc/hoat-dong/trang/2"]
    paths += [post_path(s) for s in ORDERED] + ["/tin-tuc/2026/ban-nhap-thong-bao-nghi-tet"]
    paths += [h for h, _ in INTRO] + [h for h, _ in TOOLS] + [f"/van-ban/{k}" for k in DOCS]
    urls = "".join(f"<url><loc>{PROD_HOST}{p}</loc><lastmod>2026-12-05T00:10:44.000Z</lastmod></url>" for p in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + urls + "</urlset>")


class VitePressSite:
    """nginx in front of the ``dist`` folder: ``try_files $uri $uri.html $uri/ =404``."""

    def __init__(self) -> None:
        self.routes: dict[str, object] = {
            "/": home_page,
            "/tin-tuc/": lambda r: index_page(r, 1),
            "/gioi-thieu/lich-su-hinh-thanh": intro_history,
            "/gioi-thieu/co-cau-to-chuc": intro_structure,
            "/lien-he": contact,
            "/van-ban/": doc_index,
            "/thu-vien-anh/": album,
            "/lich-giang/": lambda r: calendar(r, 49),
            "/lich-giang/tuan-48": lambda r: calendar(r, 48),
        }
        for n in (2, 3):
            self.routes[f"/tin-tuc/trang/{n}"] = lambda r, n=n: index_page(r, n)
        for k in CATS:
            self.routes[f"/chuyen-muc/{k}"] = lambda r, k=k: cat_page(r, k, 1)
            pages = -(-len(cat_stories(k)) // PER_CAT)
            for n in range(2, pages + 1):
                self.routes[f"/chuyen-muc/{k}/trang/{n}"] = lambda r, k=k, n=n: cat_page(r, k, n)
        for s in STORIES:
            self.routes[post_path(s)] = lambda r, s=s: article_page(r, s)
        for key in DOCS:
            self.routes[f"/van-ban/{key}"] = lambda r, key=key: doc_entry(r, key)
        self.dirs = {p.rstrip("/") for p in self.routes if p.endswith("/") and p != "/"}

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method not in ("GET", "HEAD"):
            return Response(405, b"405 Not Allowed", {"Content-Type": "text/html"})
        if path == "/robots.txt":
            return Response(200, f"User-agent: *\nAllow: /\nSitemap: {PROD_HOST}/sitemap.xml\n", {"Content-Type": "text/plain"})
        if path == "/sitemap.xml":
            return Response(200, sitemap(), {"Content-Type": "application/xml"})
        if path.startswith("/index.php"):
            target = "/chuyen-muc/nghien-cuu-khoa-hoc" if "nghien-cuu" in path else "/"
            return redirect(target, 301)
        if path.startswith("/files/") and path.endswith(".pdf"):
            from tests.portals._common import PDF

            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.endswith(".woff2"):
            return Response(200, b"wOF2", {"Content-Type": "font/woff2"})
        static = static_file(path)
        if static is not None:
            return static
        if path in self.dirs:
            return redirect(path + "/", 301)
        handler = self.routes.get(norm(path))
        if handler is not None:
            body = handler(request)
            if body is not None:
                return html(body, headers={"Cache-Control": "max-age=600", "Server": "nginx"})
        return html(not_found(request), status=404, headers={"Server": "nginx"})


def build_site() -> VitePressSite:
    return VitePressSite()


# --- gold -------------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    alts = [post_html(s)]
    if s.id in MOST_READ:
        alts.append(post_html(s) + "?ref=doc-nhieu")
    return gold_record(s, post_path(s), CATS[s.cat], canonical_path=post_path(s), alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-hinh-thanh",
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    "/van-ban/quy-che-dao-tao-2026",
    "/van-ban/ke-hoach-dao-tao-boi-duong-nam-2027",
    "/thu-vien-anh/",
    "/lich-giang/",
    "/lich-giang/tuan-48",
]
