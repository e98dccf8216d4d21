"""Fixture portal: a lower-secondary school's news site built with Eleventy (11ty).

Platform
--------
Trường THCS Lý Tự Trọng (phường Mỹ Hào, tỉnh Hưng Yên). A Tin học teacher built the site with
Eleventy 3 from Markdown files (Nunjucks layouts, markdown-it with markdown-it-anchor,
markdown-it-footnote and markdown-it-table-of-contents, eleventy-img's ``<picture>`` shortcode,
Decap CMS for colleagues who do not use git) and deploys the output as plain HTML on a static
host. Everything is a file: ``/x/`` and ``/x/index.html`` are the same file, a query string is
ignored, a folder asked without its slash gets a 301 to the slash, nothing else exists (404).

URL scheme
----------
- ``/``: home: "Tin nổi bật" (three featured posts, linked by their *output path*
  ``…/index.html``), the pinned notice printed in full (``templateContent``), "Tin mới" (the four
  newest), the newest "Góc sáng tác" post.
- ``/tin-tuc/``, ``/tin-tuc/trang-2/``, ``/tin-tuc/trang-3/``: the ``posts`` collection paginated
  by five, newest first, with a numbered pager (« Trước 1 2 3 Sau »).
- ``/tin-tuc/<yyyy>/<slug>/``: a post (layout ``bai-viet.njk``).
- ``/chu-de/``: all tags; ``/chu-de/<tag>/``: every post of a tag (one page, no pager); the
  menu lists six tags as the site's sections (five under "Tin tức", "Thông báo" on its own).
- ``/gioi-thieu/``, ``/gioi-thieu/doi-ngu/``, ``/lien-he/`` (+ ``/lien-he/cam-on/``, the Netlify
  form's thank-you page), ``/van-ban/`` + one document entry, ``/thu-vien-anh/`` + one album,
  ``/lich-cong-tac/``, ``/tim-kiem/`` (Pagefind, JavaScript only), ``/feed.xml``,
  ``/sitemap.xml``, ``/robots.txt``.
- Images: ``/img/<hash>-<width>.<avif|webp|jpeg>`` (eleventy-img), raw ``<img>`` the editor typed
  with a file copied next to the post (``/tin-tuc/2026/<slug>/anh-….jpg``), ``/files/*.pdf``.

Templates
---------
Base layout: top bar with the build day ("Thứ Bảy, 05/12/2026"), header (logo, "UBND PHƯỜNG MỸ
HÀO / TRƯỜNG THCS LÝ TỰ TRỌNG"), main menu whose drop-downs carry the ``hidden`` attribute until
the menu script opens them, breadcrumbs (``ol.dd-duong-dan``), right column (notices, "Đọc nhiều"
baked from the analytics export at build time, links, a Google-Forms poll, a visitor counter
baked at build time), footer. Post layout: ``article.bv.h-entry`` with ``h1.bv-tieude``, a meta
line (``<time datetime>`` in UTC, reading time, "Đăng bởi: <CMS account>" or "Người viết:
<name>"), an optional sapo box (front matter ``sapo``), ``div.bv-nd.e-content`` (the Markdown),
"Cập nhật lần cuối" (git date), tag chips, share bar, previous/next links, "Bài cùng chủ đề",
Giscus comments.

How each gold article is reached
--------------------------------
Twelve posts are in the ``posts`` collection: home (4 newest + 3 featured + 1 Góc sáng tác),
``/tin-tuc/`` pages 1-3, their tag pages, previous/next links. Listing page 1 holds #12 #11 #10
#9 #8; page 2 #7 #6 #5 #4 #3; page 3 #2 #1. #5, #4, #3 and #1 are on no listing's first page,
the home or the sidebar ("Đọc nhiều" links #9, #2's old slug, #6, #12, #7). #3 has no tag at all
(on no tag page). #13 (``eleventyExcludeFromCollections``) is
on no listing, tag page, feed or sitemap: only the "Xem thêm:" link at the end of #5 leads to it.

Traps
-----
1. UTC ``datetime`` attributes. The template prints ``<time datetime="{{ date.toISOString() }}">``
   and the visible date in Asia/Ho_Chi_Minh. #12 was posted at 06:30 on 01/12/2026, whose
   attribute is ``2026-11-30T23:30:00.000Z``; day-only posts carry ``T00:00:00.000Z`` (read as UTC
   and converted that is 07:00, a time the page never prints). Gold: the printed local date
   ("2026-12-01T06:30:00+07:00", "2026-10-08"). The "Cập nhật lần cuối" git date after the text
   (a later ``<time>``) and the top bar's build day are never the date.
2. Static-host duplicates. Every post answers at ``…/slug/`` and ``…/slug/index.html`` (the home's
   "Tin nổi bật" links the latter); #12's text links #4 with a pasted ``?fbclid=…`` (the host
   ignores queries); #2 was renamed and its old slug is a 200 meta-refresh stub (the "Đọc nhiều"
   box, baked from analytics, still links it). Gold: one record per post at the slash URL; the
   variants are its ``alt_paths`` (the stub included, as it leads nowhere else).
3. The home page prints the pinned notice (#11) in full, letterhead and signature included, under
   "📌 Thông báo mới". Gold: the home is a listing; #11 is read on its own page only.
4. markdown-it furniture inside the text: headings end with a permalink anchor "#"
   (``a.header-anchor``) and #10 opens with the plugin's table of contents (a ``<p><div
   class="table-of-contents">`` list of the headings). Gold: the TOC is not text and the headings
   read without "#".
5. Footnotes after the byline (#10): markdown-it-footnote prints the notes after everything the
   editor wrote, i.e. after the right-aligned signature, as ``hr.footnotes-sep`` +
   ``section.footnotes`` with "↩︎" back-links. Gold: the calls stay in their sentences ("…
   GDTrH[1], qua đó…"), the two notes are the body's last paragraphs, without "↩︎" and without
   the list's numbers; the byline between them is still not text.
6. Pictures and their lines: eleventy-img ``<picture>`` (avif/webp ``<source>`` sets, a jpeg
   ``<img src>`` at the smallest width plus a ``srcset``); captions as a shortcode's
   ``<figcaption>``, as an ``<em>`` line in the same ``<p>`` as the picture, or (#9's raw
   ``<img>`` with a relative src) as a separate centred ``<p><em>(…)</em></p>``; an ``alt`` that
   is no caption (#5, #13 bare); a line that only credits the photographer (#7 "Ảnh: Hoàng Minh
   Đức"). Gold: the jpeg ``src`` resolved against the post's folder; the printed line, parentheses
   off; None for a bare picture or a credit-only line (whose name goes to ``photographers``).
7. Bylines: every post's meta line says "Đăng bởi: thaytoan" (the Decap CMS account) while the
   real signature is the right-aligned last paragraph ("Tin, ảnh: X – TPT Đội", "ThS. X<br>Tổ
   trưởng Tổ KHXH", "Tin: X - Ảnh: Y", a unit "Tổ Văn phòng", "BBT"); only #4's front matter names
   its writer ("Người viết: Phạm Thu Trang"). Gold: names from the signature, titles and posts
   off; the CMS account and "BBT" are nobody.
8. Short listing titles: front matter ``tieuDeNgan`` is used on cards, "Đọc nhiều",
   previous/next and related lists ("Rung chuông vàng khối 6"); the post's ``h1`` prints the full
   headline. Gold: the ``h1``.
9. Decomposed text: #4 was typed on a Mac (Unicode NFD in title, text and captions). Gold: NFC.
10. Text that is not text and text that looks like chrome: #5's "Xem thêm: <link>" (not body, but
    the only way to #13); #3's closing "Nguồn: Sở GD&ĐT Hưng Yên" is its source while its sentence
    "Theo kế hoạch, …" is text; #11 is an official notice (letterhead table, "THÔNG BÁO / Về việc
    …", "Nơi nhận" + signer table, an attachment line) whose typed "- " items and closing "./."
    are kept; #8 is a poem whose lines are ``<br>``-separated (each line a paragraph).
11. Discovery: the sitemap and feed list only the collection (#13 is in neither); the menu's
    section links sit in ``hidden`` drop-downs; the tagless #3 is on no tag page.

Gold decisions on ambiguous points
----------------------------------
- ``category``: the breadcrumb's last section (the post's first tag, the one the menu lists);
  #3 has no tag and its breadcrumb stops at "Tin tức": category "Tin tức". #13 is outside the
  collections but its breadcrumb says "Gương sáng".
- ``summary``: the front-matter sapo printed in bold in ``div.bv-sapo`` above the text (#2, #6,
  #7, #9, #10, #12); the others have none (their meta description is the site's default).
- Images: the ``<img src>`` (the smallest eleventy-img width), not a ``srcset`` candidate nor a
  ``<source>``; thumbnails on cards and in "Đọc nhiều" are not the article's.
- #7's photo line "Ảnh: Hoàng Minh Đức" is no caption; the man is its photographer.
- #8: the poem's centred bold title line is a paragraph of the text; the intro sentence is the
  first paragraph (no sapo: the post has none and it is not bold); its author is the pupil who
  signed it, without "(Lớp 9B)".
- #11: its date is the letterhead's day (the post's own date is the same day, printed without a
  time); bold item headings ("1. Lịch kiểm tra các môn tập trung") and table rows are paragraphs.
- #13: "BBT" signs; nobody. The quoted letter's paragraphs are text.
- Footnotes (#10): entries as printed, after the rest of the text.
- ``alt_paths``: ``index.html`` for every post, plus the ``?fbclid`` link for #4 and the old-slug
  stub for #2.
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from urllib.parse import quote

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

NAME = "eleventy_thcs"
PLATFORM = "Eleventy (11ty) static site generator"
START_PATH = "/"

ICT = timezone(timedelta(hours=7))
BUILD_DAY = "Thứ Bảy, 05/12/2026"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
SCHOOL = "Trường THCS Lý Tự Trọng"
SHORT = "THCS Lý Tự Trọng"
SITE_DESC = "Trang thông tin điện tử Trường THCS Lý Tự Trọng – phường Mỹ Hào, tỉnh Hưng Yên"

#: tag name -> slug (Eleventy's ``slugify``)
TAGS = {
    "Tin nhà trường": "tin-nha-truong",
    "Hoạt động chuyên môn": "hoat-dong-chuyen-mon",
    "Đoàn - Đội": "doan-doi",
    "Thông báo": "thong-bao",
    "Gương sáng": "guong-sang",
    "Góc sáng tác": "goc-sang-tac",
    "Ngày Nhà giáo 20/11": "ngay-nha-giao-20-11",
    "STEM": "stem",
}
#: the tags the menu lists as sections, in menu order
SECTIONS = [
    "Tin nhà trường",
    "Hoạt động chuyên môn",
    "Đoàn - Đội",
    "Thông báo",
    "Gương sáng",
    "Góc sáng tác",
]


def _hash(seed: str) -> str:
    """eleventy-img's file hash: ten url-safe base64 characters of the source's digest."""
    return base64.urlsafe_b64encode(hashlib.sha1(seed.encode()).digest()).decode()[:10]


def eimg(seed: str) -> str:
    """The ``<img src>`` eleventy-img prints: the smallest width, jpeg."""
    return f"/img/{_hash(seed)}-640.jpeg"


def byline(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the thirteen posts ----------------------------------------------------------------------

S1 = Story(
    id=1,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
    cat="Tin nhà trường",
    published_at="2026-10-08",
    blocks=[
        P(
            "Chiều ngày 07/10/2026, Trường THCS Lý Tự Trọng long trọng tổ chức Hội nghị viên chức, "
            "người lao động năm học 2026 – 2027. Về dự hội nghị có đồng chí Trần Quang Hưng – Phó "
            "Chủ tịch UBND phường Mỹ Hào cùng toàn thể 52 cán bộ, giáo viên, nhân viên nhà trường."
        ),
        Img(
            eimg("hnvc-1"),
            "Đồng chí Trần Quang Hưng phát biểu chỉ đạo tại hội nghị",
            "Đồng chí Trần Quang Hưng phát biểu chỉ đạo tại hội nghị",
            "em",
        ),
        P(
            "Hội nghị đã nghe đồng chí Nguyễn Thị Mai – Hiệu trưởng nhà trường báo cáo kết quả thực "
            "hiện nhiệm vụ năm học 2025 – 2026 và phương hướng, nhiệm vụ năm học 2026 – 2027. Năm "
            "học vừa qua, nhà trường có 38 học sinh đạt giải học sinh giỏi các cấp, tỷ lệ học sinh "
            "lớp 9 trúng tuyển vào lớp 10 THPT công lập đạt 86,4%."
        ),
        P("Một số chỉ tiêu chính năm học 2026 – 2027:", "bold"),
        P("Tỷ lệ học sinh có kết quả học tập mức Tốt và Khá đạt từ 75% trở lên;", "li"),
        P("100% giáo viên ứng dụng công nghệ thông tin, sử dụng học liệu số trong dạy học;", "li"),
        P("Phấn đấu giữ vững danh hiệu “Tập thể lao động xuất sắc”.", "li"),
        P(
            "Hội nghị cũng dành nhiều thời gian thảo luận, đóng góp ý kiến vào dự thảo Quy chế chi "
            "tiêu nội bộ, Quy chế thực hiện dân chủ ở cơ sở và bầu Ban Thanh tra nhân dân nhiệm kỳ "
            "2026 – 2028 gồm 3 đồng chí. Kết thúc hội nghị, 100% viên chức, người lao động đã ký "
            "cam kết thi đua thực hiện thắng lợi nhiệm vụ năm học."
        ),
        byline("<strong>Tổ Văn phòng</strong>"),
    ],
    authors=["Tổ Văn phòng"],
    opts={"tags": ["Tin nhà trường"], "updated": "2026-10-08T09:14:02+07:00", "read": 2},
)

S2 = Story(
    id=2,
    slug="dai-hoi-lien-doi-thcs-ly-tu-trong-nhiem-ky-2026-2027",
    title="Đại hội Liên đội Trường THCS Lý Tự Trọng nhiệm kỳ 2026 – 2027",
    cat="Đoàn - Đội",
    published_at="2026-10-12T15:20:00+07:00",
    summary=(
        "Sáng 10/10/2026, Liên đội Trường THCS Lý Tự Trọng tổ chức thành công Đại hội Liên đội "
        "nhiệm kỳ 2026 – 2027 với sự tham gia của 120 đại biểu là chỉ huy các chi đội và đội viên "
        "tiêu biểu."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Phát biểu khai mạc, em Đặng Ngọc Ánh – Liên đội trưởng nhiệm kỳ 2025 – 2026 đã ôn lại "
            "truyền thống vẻ vang của Đội Thiếu niên Tiền phong Hồ Chí Minh và nêu bật những thành "
            "tích của Liên đội trong năm học vừa qua: Liên đội được Hội đồng Đội tỉnh tặng Bằng "
            "khen, 14 chi đội đạt danh hiệu Chi đội mạnh."
        ),
        Img(
            eimg("dhld-1"),
            "Các đại biểu làm lễ chào cờ khai mạc Đại hội",
            "Các đại biểu làm lễ chào cờ khai mạc Đại hội",
            "fig",
        ),
        P(
            "Đại hội đã thảo luận sôi nổi về các giải pháp thực hiện chương trình “Rèn luyện đội "
            "viên”, phong trào “Kế hoạch nhỏ” và xây dựng trường học xanh – sạch – đẹp – an toàn "
            "trong năm học mới. Nhiều ý kiến của các chi đội được Ban Chỉ huy Liên đội ghi nhận, "
            "tiếp thu."
        ),
        Img(
            eimg("dhld-2"),
            "Ban Chỉ huy Liên đội nhiệm kỳ 2026 – 2027 ra mắt Đại hội",
            "Ban Chỉ huy Liên đội nhiệm kỳ 2026 – 2027 ra mắt Đại hội",
            "fig",
        ),
        P(
            "Với tinh thần dân chủ, Đại hội đã bầu ra Ban Chỉ huy Liên đội nhiệm kỳ 2026 – 2027 gồm "
            "9 em; em Nguyễn Hà Linh (lớp 9A) được tín nhiệm bầu làm Liên đội trưởng."
        ),
        byline("<em>Tin, ảnh: Phạm Thu Trang – TPT Đội</em>"),
    ],
    authors=["Phạm Thu Trang"],
    photographers=["Phạm Thu Trang"],
    opts={
        "tags": ["Đoàn - Đội"],
        "short": "Đại hội Liên đội nhiệm kỳ 2026 – 2027",
        "featured": True,
        "old_slug": "dai-hoi-lien-doi-nhiem-ky-2026-2027",
        "updated": "2026-10-13T21:40:17+07:00",
        "read": 2,
    },
)

S3 = Story(
    id=3,
    slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-doi-moi-phuong-phap-day-hoc",
    title="Tập huấn ứng dụng trí tuệ nhân tạo (AI) trong đổi mới phương pháp dạy học cho giáo viên THCS",
    cat="Tin tức",
    published_at="2026-10-17",
    blocks=[
        P(
            "Từ ngày 14 đến 16/10/2026, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn ứng dụng trí "
            "tuệ nhân tạo (AI) trong đổi mới phương pháp dạy học và kiểm tra, đánh giá cho cán bộ "
            "quản lý, giáo viên cốt cán cấp THCS toàn tỉnh. Trường THCS Lý Tự Trọng cử 4 giáo viên "
            "tham gia lớp tập huấn."
        ),
        P("Tại lớp tập huấn, các học viên được báo cáo viên hướng dẫn:"),
        P(
            "Khai thác các công cụ AI tạo sinh để xây dựng kế hoạch bài dạy, thiết kế phiếu học tập "
            "và câu hỏi kiểm tra theo ma trận;",
            "li",
        ),
        P(
            "Sử dụng AI hỗ trợ chấm, nhận xét bài viết của học sinh nhưng vẫn bảo đảm vai trò quyết "
            "định của giáo viên;",
            "li",
        ),
        P(
            "Nhận diện rủi ro về bản quyền, bảo mật dữ liệu cá nhân của học sinh khi sử dụng các nền "
            "tảng trực tuyến.",
            "li",
        ),
        P(
            "Theo kế hoạch, sau tập huấn các giáo viên cốt cán sẽ triển khai lại nội dung cho tổ "
            "chuyên môn tại đơn vị trước ngày 15/11/2026."
        ),
        Img(
            eimg("ai-1"),
            "Giáo viên thực hành thiết kế phiếu học tập với sự hỗ trợ của AI",
            "Giáo viên thực hành thiết kế phiếu học tập với sự hỗ trợ của AI",
            "em",
        ),
        byline("<em>Nguồn: Sở GD&amp;ĐT Hưng Yên</em>"),
    ],
    source="Sở GD&ĐT Hưng Yên",
    opts={"tags": [], "updated": "2026-10-17T16:02:55+07:00", "read": 2},
)

S4 = Story(
    id=4,
    slug="lien-doi-hoan-thanh-chi-tieu-ke-hoach-nho-dot-1",
    title="Liên đội hoàn thành xuất sắc chỉ tiêu phong trào “Kế hoạch nhỏ” đợt 1",
    cat="Đoàn - Đội",
    published_at="2026-10-28T09:45:00+07:00",
    blocks=[
        P(
            "Hưởng ứng phong trào “Kế hoạch nhỏ” năm học 2026 – 2027 do Hội đồng Đội phường Mỹ Hào "
            "phát động, trong tuần từ 19 đến 24/10/2026, các chi đội trong toàn Liên đội đã tích cực "
            "thu gom giấy vụn, vỏ lon, chai nhựa."
        ),
        P(
            "Kết quả, toàn Liên đội thu được 1.236 kg giấy vụn và 318 kg vỏ lon, chai nhựa, vượt 23% "
            "chỉ tiêu được giao. Dẫn đầu là các chi đội 7A (96 kg), 9B (88 kg) và 6C (81 kg)."
        ),
        Img(
            eimg("khn-1"),
            "Các chi đội mang giấy vụn về tập kết tại sân trường",
            "Các chi đội mang giấy vụn về tập kết tại sân trường",
            "em",
        ),
        P(
            "Toàn bộ số tiền thu được là 4.870.000 đồng sẽ được Liên đội dùng để mua sách vở, đồ "
            "dùng học tập tặng học sinh có hoàn cảnh khó khăn nhân dịp Tết Nguyên đán Đinh Mùi 2027."
        ),
    ],
    authors=["Phạm Thu Trang"],
    opts={
        "tags": ["Đoàn - Đội"],
        "nfd": True,
        "meta_label": "Người viết",
        "meta_author": "Phạm Thu Trang",
        "updated": "2026-10-28T09:51:30+07:00",
        "read": 1,
    },
)

S13 = Story(
    id=13,
    slug="thu-cam-on-cua-gia-dinh-ong-tran-van-binh",
    title="Thư cảm ơn của gia đình ông Trần Văn Bình gửi nhà trường",
    cat="Gương sáng",
    published_at="2026-11-09T07:45:00+07:00",
    blocks=[
        P(
            "Ngày 07/11/2026, nhà trường nhận được thư cảm ơn của ông Trần Văn Bình, khu phố Phan "
            "Bôi, phường Mỹ Hào gửi Ban Giám hiệu, cô giáo chủ nhiệm và em Nguyễn Minh Khôi, học "
            "sinh lớp 8A. Ban biên tập xin trích đăng nội dung bức thư:"
        ),
        P(
            "“Tôi là Trần Văn Bình, chiều ngày 04/11 tôi không may đánh rơi chiếc ví có tiền và toàn "
            "bộ giấy tờ tùy thân trên đường đi làm về. Khi đang rất lo lắng thì tôi nhận được điện "
            "thoại của nhà trường báo tin một em học sinh đã nhặt được và nộp lại.",
            "quote",
        ),
        P(
            "Gia đình tôi xin chân thành cảm ơn em Nguyễn Minh Khôi và các thầy cô giáo đã giáo dục "
            "nên những học trò ngoan, trung thực. Kính chúc nhà trường ngày càng phát triển, các "
            "thầy cô luôn mạnh khỏe.”",
            "quote",
        ),
        Img(eimg("thu-1"), None, None, "bare"),
        byline("<strong>BBT</strong>"),
    ],
    opts={
        "tags": ["Gương sáng"],
        "hidden": True,
        "updated": "2026-11-09T07:45:00+07:00",
        "read": 1,
    },
)

S5 = Story(
    id=5,
    slug="em-nguyen-minh-khoi-lop-8a-tra-lai-vi-cho-nguoi-danh-roi",
    title="Em Nguyễn Minh Khôi (lớp 8A) trả lại ví cho người đánh rơi",
    cat="Gương sáng",
    published_at="2026-11-06T16:10:00+07:00",
    blocks=[
        P(
            "Trên đường đi học về chiều ngày 04/11/2026, em Nguyễn Minh Khôi, học sinh lớp 8A đã "
            "nhặt được một chiếc ví bên đường Nguyễn Văn Linh. Trong ví có 3.500.000 đồng cùng căn "
            "cước và nhiều giấy tờ quan trọng."
        ),
        P(
            "Ngay sau đó, Khôi đã mang chiếc ví đến nộp cho cô Lê Thị Vân – giáo viên chủ nhiệm lớp "
            "8A để nhờ nhà trường tìm người đánh rơi. Qua thông tin trên giấy tờ, nhà trường đã liên "
            "hệ và trao trả chiếc ví cho ông Trần Văn Bình, trú tại khu phố Phan Bôi."
        ),
        Img(eimg("khoi-1"), None, None, "bare"),
        P(
            "“Con nghĩ người mất ví chắc đang rất lo lắng nên con muốn trả lại ngay. Bố mẹ và thầy cô "
            "luôn dạy con không được tham của người khác” – Khôi chia sẻ.",
            "quote",
        ),
        P(
            "Hành động đẹp của em Nguyễn Minh Khôi là tấm gương sáng về lòng trung thực để các bạn "
            "học sinh noi theo. Nhà trường đã tuyên dương, khen thưởng em trước toàn trường trong "
            "buổi chào cờ đầu tuần."
        ),
        byline("<strong>Lê Thị Vân</strong>"),
        Raw(
            f'<p><strong>Xem thêm:</strong> <a href="/tin-tuc/2026/{S13.slug}/">'
            "Thư cảm ơn của gia đình ông Trần Văn Bình gửi nhà trường</a></p>"
        ),
    ],
    authors=["Lê Thị Vân"],
    opts={"tags": ["Gương sáng"], "updated": "2026-11-09T07:52:11+07:00", "read": 2},
)

S6 = Story(
    id=6,
    slug="ket-qua-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Kết quả Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-14T10:00:00+07:00",
    summary=(
        "Sau hai tuần diễn ra sôi nổi, nghiêm túc, Hội thi giáo viên dạy giỏi cấp trường năm học "
        "2026 – 2027 đã khép lại với 6 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi được tổ chức từ ngày 27/10 đến 11/11/2026 nhằm chào mừng kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam 20/11, đồng thời lựa chọn giáo viên tham dự Hội thi giáo viên dạy "
            "giỏi cấp tỉnh. Mỗi giáo viên dự thi thực hiện hai tiết dạy thực hành và trình bày biện "
            "pháp nâng cao chất lượng giáo dục."
        ),
        Img(
            eimg("gvdg-1"),
            "Cô Nguyễn Thu Phương dạy tiết thực hành môn Tiếng Anh lớp 7",
            "Cô Nguyễn Thu Phương dạy tiết thực hành môn Tiếng Anh lớp 7",
            "fig",
        ),
        P("Danh sách giáo viên đạt giải", "h2"),
        P("TT | Họ và tên | Môn | Xếp loại", "th"),
        P("1 | Nguyễn Thu Phương | Tiếng Anh | Giỏi, Giải Nhất", "row"),
        P("2 | Lê Thị Thanh Huyền | KHTN | Giỏi, Giải Nhì", "row"),
        P("3 | Bùi Văn Quyết | Toán | Giỏi, Giải Nhì", "row"),
        P("4 | Vũ Thị Hằng | Ngữ văn | Giỏi, Giải Ba", "row"),
        P("5 | Đinh Công Sơn | Lịch sử và Địa lí | Giỏi", "row"),
        P("6 | Trịnh Thị Hoa | Tin học | Giỏi", "row"),
        P(
            "Ban Giám hiệu ghi nhận sự đầu tư công phu, sáng tạo của các giáo viên dự thi. Nhiều "
            "tiết dạy đã vận dụng hiệu quả phương pháp dạy học tích cực, ứng dụng công nghệ thông "
            "tin và học liệu số, tạo hứng thú cho học sinh."
        ),
        byline("<strong>Nguyễn Văn Toàn</strong> – Phó Hiệu trưởng"),
    ],
    authors=["Nguyễn Văn Toàn"],
    opts={
        "tags": ["Hoạt động chuyên môn", "Ngày Nhà giáo 20/11"],
        "short": "Kết quả Hội thi GVDG cấp trường",
        "featured": True,
        "updated": "2026-11-14T10:26:48+07:00",
        "read": 3,
    },
)

S7 = Story(
    id=7,
    slug="co-vu-thi-hang-20-nam-giu-lua-cho-nhung-gio-ngu-van",
    title="Cô Vũ Thị Hằng: 20 năm “giữ lửa” cho những giờ Ngữ văn",
    cat="Gương sáng",
    published_at="2026-11-18",
    summary=(
        "Hơn 20 năm đứng trên bục giảng, cô Vũ Thị Hằng – giáo viên Ngữ văn Trường THCS Lý Tự "
        "Trọng vẫn giữ nguyên niềm say mê với từng trang văn, từng lớp học trò."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Sinh năm 1982 tại xã Nhân Hòa, cô Hằng tốt nghiệp Trường Cao đẳng Sư phạm Hải Dương năm "
            "2004 và về công tác tại trường từ năm 2006. Hiện cô là tổ phó Tổ Khoa học xã hội, chủ "
            "nhiệm lớp 9B."
        ),
        Img(eimg("co-hang-1"), "Ảnh: Hoàng Minh Đức", None, "em"),
        P(
            "Với cô, mỗi giờ Ngữ văn phải là một giờ học “mở”, nơi học sinh được nói lên suy nghĩ "
            "của mình. Cô thường tổ chức cho học sinh đóng vai nhân vật, viết nhật ký đọc sách và "
            "tranh biện về những vấn đề gần gũi với lứa tuổi."
        ),
        P(
            "“Điều tôi mong muốn nhất không phải là các em thuộc bài văn mẫu, mà là các em biết cảm "
            "nhận cái đẹp và dám viết bằng chính giọng của mình”.",
            "quote",
        ),
        P(
            "Những năm gần đây, cô có 12 học sinh đạt giải học sinh giỏi môn Ngữ văn cấp huyện, cấp "
            "tỉnh; bản thân cô hai lần đạt danh hiệu giáo viên dạy giỏi cấp tỉnh và được Chủ tịch "
            "UBND tỉnh tặng Bằng khen năm 2024."
        ),
        byline("<strong>ThS. Đỗ Thị Minh Nguyệt</strong><br>\n<em>Tổ trưởng Tổ KHXH</em>"),
    ],
    authors=["Đỗ Thị Minh Nguyệt"],
    photographers=["Hoàng Minh Đức"],
    opts={
        "tags": ["Gương sáng", "Ngày Nhà giáo 20/11"],
        "updated": "2026-11-18T22:05:40+07:00",
        "read": 3,
    },
)

S8 = Story(
    id=8,
    slug="tho-thay-co-nguoi-lai-do-tham-lang",
    title="Thơ: Thầy cô – người lái đò thầm lặng",
    cat="Góc sáng tác",
    published_at="2026-11-19T20:05:00+07:00",
    blocks=[
        P(
            "Nhân dịp kỷ niệm Ngày Nhà giáo Việt Nam 20/11, Góc sáng tác xin giới thiệu bài thơ của "
            "em Trần Bảo Ngọc, học sinh lớp 9B gửi tặng các thầy cô giáo."
        ),
        P("NGƯỜI LÁI ĐÒ THẦM LẶNG", "center-bold"),
        P("Sông dài con nước lững lờ", "poem"),
        P("Con đò thầy chở bao giờ mới xong", "poem"),
        P("Bao mùa phượng đỏ, mùa bông", "poem"),
        P("Lời thầy ấm mãi trong lòng chúng em.", "poem_end"),
        P("Phấn rơi bạc cả tóc mềm", "poem"),
        P("Trang giáo án thắp bên đèn khuya thâu", "poem"),
        P("Cô ơi, năm tháng qua mau", "poem"),
        P("Con đi xa vẫn nhớ câu cô dặn dò.", "poem_end"),
        P("Mai này khôn lớn sang sông", "poem"),
        P("Nhớ người đưa đò giữa dòng năm xưa…", "poem_end"),
        byline("<em>Trần Bảo Ngọc (Lớp 9B)</em>"),
    ],
    authors=["Trần Bảo Ngọc"],
    opts={
        "tags": ["Góc sáng tác", "Ngày Nhà giáo 20/11"],
        "updated": "2026-11-19T20:05:00+07:00",
        "read": 1,
    },
)

S9 = Story(
    id=9,
    slug="trang-trong-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="🌷 Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="Tin nhà trường",
    published_at="2026-11-20T11:30:00+07:00",
    summary=(
        "Sáng 20/11/2026, Trường THCS Lý Tự Trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt "
        "Nam (20/11/1982 – 20/11/2026) và tổng kết đợt thi đua chào mừng ngày 20/11."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tới dự buổi lễ có đồng chí Nguyễn Đức Thịnh – Bí thư Đảng ủy phường Mỹ Hào, đại diện "
            "Ban đại diện cha mẹ học sinh, các thế hệ nhà giáo đã nghỉ hưu cùng đông đảo học sinh "
            "nhà trường."
        ),
        Img(
            "anh-le-20-11-1.jpg",
            "(Các tiết mục văn nghệ chào mừng do học sinh biểu diễn)",
            "Các tiết mục văn nghệ chào mừng do học sinh biểu diễn",
            "raw",
        ),
        P(
            "Trong diễn văn kỷ niệm, cô Nguyễn Thị Mai – Hiệu trưởng nhà trường đã ôn lại lịch sử, ý "
            "nghĩa của Ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi bật trong đợt thi đua: "
            "1.240 giờ học tốt, 86 tiết dạy đạt loại Giỏi, 6 giáo viên đạt danh hiệu giáo viên dạy "
            "giỏi cấp trường."
        ),
        P(
            "Thay mặt lãnh đạo địa phương, đồng chí Nguyễn Đức Thịnh gửi lời chúc mừng tới các thầy "
            "cô giáo và đề nghị nhà trường tiếp tục đổi mới, nâng cao chất lượng giáo dục toàn diện, "
            "xứng đáng là địa chỉ tin cậy của cha mẹ học sinh."
        ),
        Img(
            "anh-le-20-11-2.jpg",
            "(Đồng chí Nguyễn Đức Thịnh tặng hoa chúc mừng tập thể giáo viên nhà trường)",
            "Đồng chí Nguyễn Đức Thịnh tặng hoa chúc mừng tập thể giáo viên nhà trường",
            "raw",
        ),
        P(
            "Dịp này, nhà trường đã khen thưởng 12 tập thể lớp và 45 học sinh có thành tích xuất sắc "
            "trong đợt thi đua “Học tốt – Rèn chăm” chào mừng Ngày Nhà giáo Việt Nam 20/11."
        ),
        byline("<strong>Tin, ảnh: Hoàng Minh Đức</strong>"),
    ],
    authors=["Hoàng Minh Đức"],
    photographers=["Hoàng Minh Đức"],
    opts={
        "tags": ["Tin nhà trường", "Ngày Nhà giáo 20/11"],
        "short": "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "featured": True,
        "cover": "le-20-11-anh-dai-dien",
        "updated": "2026-11-20T13:02:19+07:00",
        "read": 2,
    },
)

S10 = Story(
    id=10,
    slug="chuyen-de-day-hoc-stem-trong-mon-khoa-hoc-tu-nhien-7",
    title="Chuyên đề: Dạy học STEM trong môn Khoa học tự nhiên 7",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-26T14:30:00+07:00",
    summary=(
        "Chiều 25/11/2026, Tổ Khoa học tự nhiên tổ chức chuyên đề cấp trường “Dạy học STEM trong "
        "môn Khoa học tự nhiên 7” thông qua bài học “Chế tạo nam châm điện đơn giản”."
    ),
    sapo_outside=True,
    blocks=[
        Raw("[[toc]]"),
        P("1. Mục đích của chuyên đề", "h2"),
        P(
            "Chuyên đề nhằm giúp giáo viên trong tổ thống nhất quy trình xây dựng và tổ chức bài học "
            "STEM theo hướng dẫn tại Công văn số 3089/BGDĐT-GDTrH[1], qua đó phát triển năng lực "
            "giải quyết vấn đề và sáng tạo cho học sinh."
        ),
        P("2. Tiến trình bài học", "h2"),
        P("Bài học được thiết kế theo quy trình kỹ thuật gồm 5 hoạt động:"),
        P(
            "Xác định vấn đề: vì sao cần cẩu ở bãi phế liệu dùng nam châm điện để nâng sắt thép?",
            "oli",
        ),
        P("Nghiên cứu kiến thức nền về từ trường của ống dây có dòng điện chạy qua;", "oli"),
        P("Đề xuất và lựa chọn giải pháp thiết kế;", "oli"),
        P("Chế tạo, thử nghiệm và đánh giá nam châm điện;", "oli"),
        P("Chia sẻ, thảo luận và điều chỉnh sản phẩm.", "oli"),
        Img(
            eimg("stem-1"),
            "Học sinh lớp 7A thử nghiệm sản phẩm nam châm điện của nhóm",
            "Học sinh lớp 7A thử nghiệm sản phẩm nam châm điện của nhóm",
            "fig",
        ),
        P("3. Đánh giá, rút kinh nghiệm", "h2"),
        P(
            "Các giáo viên dự giờ đánh giá cao cách tổ chức hoạt động nhóm và phiếu đánh giá sản "
            "phẩm theo tiêu chí[2]. Tuy nhiên, thời gian dành cho hoạt động chế tạo còn hạn chế, cần "
            "bố trí thành chuỗi hai tiết liên tiếp."
        ),
        byline("<strong>ThS. Lê Thị Thanh Huyền</strong> – GV Tổ KHTN"),
        P(
            "Công văn số 3089/BGDĐT-GDTrH ngày 14/8/2020 của Bộ GD&ĐT về việc triển khai thực hiện "
            "giáo dục STEM trong giáo dục trung học.",
            "fn",
        ),
        P(
            "Phiếu đánh giá sản phẩm gồm 4 tiêu chí: hoạt động được, lực hút mạnh, an toàn và thẩm mỹ.",
            "fn",
        ),
    ],
    authors=["Lê Thị Thanh Huyền"],
    opts={
        "tags": ["Hoạt động chuyên môn", "STEM"],
        "fn": True,
        "updated": "2026-12-04T10:12:45+07:00",
        "read": 4,
    },
)

_LETTERHEAD = """<table style="width: 100%; border-collapse: collapse;" border="0">
<tbody>
<tr>
<td style="width: 42%; text-align: center; vertical-align: top;">UBND PHƯỜNG MỸ HÀO<br>
<strong>TRƯỜNG THCS LÝ TỰ TRỌNG</strong><br>
<span style="font-size: 10pt;">Số: 87/TB-THCSLTT</span></td>
<td style="text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>
<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br>
<em>Mỹ Hào, ngày 30 tháng 11 năm 2026</em></td>
</tr>
</tbody>
</table>
<p style="text-align: center;"><strong>THÔNG BÁO</strong><br>
<strong>Về việc tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026 – 2027</strong></p>"""

_CLOSING = """<table style="width: 100%;" border="0">
<tbody>
<tr>
<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br>
- CB, GV, NV;<br>
- CMHS (qua GVCN);<br>
- Lưu: VT.</td>
<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br>
<br>
<em>(Đã ký)</em><br>
<br>
<strong>Nguyễn Thị Mai</strong></td>
</tr>
</tbody>
</table>
<p>📎 Tệp đính kèm: <a href="/files/87-TB-THCSLTT.pdf" download>87-TB-THCSLTT.pdf</a> (112 KB)</p>"""

S11 = Story(
    id=11,
    slug="thong-bao-lich-kiem-tra-danh-gia-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra, đánh giá cuối học kỳ I năm học 2026 – 2027",
    cat="Thông báo",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 – 2027; căn cứ Thông tư số "
            "22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ Giáo dục và Đào tạo quy định về đánh giá học "
            "sinh trung học cơ sở và học sinh trung học phổ thông;"
        ),
        P(
            "Trường THCS Lý Tự Trọng thông báo lịch kiểm tra, đánh giá cuối học kỳ I năm học 2026 – "
            "2027 như sau:"
        ),
        P("1. Lịch kiểm tra các môn tập trung", "bold"),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
        P("22/12/2026 | Sáng | Ngữ văn | 90 phút", "row"),
        P("22/12/2026 | Chiều | Tiếng Anh | 60 phút", "row"),
        P("23/12/2026 | Sáng | Toán | 90 phút", "row"),
        P("23/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "row"),
        P("24/12/2026 | Sáng | Lịch sử và Địa lí | 60 phút", "row"),
        P("2. Các môn kiểm tra tại lớp", "bold"),
        P(
            "Các môn Giáo dục công dân, Công nghệ, Tin học, Nghệ thuật, Giáo dục thể chất và Hoạt "
            "động trải nghiệm, hướng nghiệp do giáo viên bộ môn tổ chức kiểm tra theo thời khóa biểu "
            "trong tuần từ 14 đến 19/12/2026."
        ),
        P("3. Tổ chức thực hiện", "bold"),
        P(
            "- Giáo viên chủ nhiệm thông báo lịch kiểm tra tới học sinh và cha mẹ học sinh; nhắc nhở "
            "học sinh ôn tập nghiêm túc."
        ),
        P(
            "- Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh "
            "và đồ dùng học tập cần thiết."
        ),
        P("Nhận được thông báo này, đề nghị các bộ phận, cá nhân nghiêm túc thực hiện./."),
        Raw(_CLOSING),
    ],
    authors=["Nguyễn Thị Mai"],
    opts={"tags": ["Thông báo"], "pinned": True, "updated": "2026-11-30T15:48:09+07:00", "read": 2},
)

S12 = Story(
    id=12,
    slug="soi-noi-hoi-thi-rung-chuong-vang-khoi-6-chu-de-an-toan-giao-thong",
    title="Sôi nổi Hội thi “Rung chuông vàng” khối 6 chủ đề An toàn giao thông",
    cat="Đoàn - Đội",
    published_at="2026-12-01T06:30:00+07:00",
    summary=(
        "Nhằm tuyên truyền, nâng cao ý thức chấp hành pháp luật về trật tự an toàn giao thông cho "
        "học sinh, chiều 28/11/2026, Liên đội Trường THCS Lý Tự Trọng tổ chức Hội thi “Rung chuông "
        "vàng” dành cho học sinh khối 6."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham gia hội thi có 100 thí sinh đến từ 5 lớp 6A, 6B, 6C, 6D, 6E. Các em lần lượt vượt "
            "qua 25 câu hỏi trắc nghiệm về Luật Trật tự, an toàn giao thông đường bộ, kỹ năng đội "
            "mũ bảo hiểm đúng cách và văn hóa giao thông nơi học đường."
        ),
        Img(
            eimg("rcv-1"),
            "Thí sinh giơ bảng đáp án tại sân trường",
            "Thí sinh giơ bảng đáp án tại sân trường",
            "em",
        ),
        P(
            "Sau nhiều câu hỏi loại, em Vũ Gia Bảo (lớp 6C) đã xuất sắc vượt qua câu hỏi cuối cùng và "
            "giành quyền rung chuông vàng. Giải Nhất tập thể thuộc về lớp 6C, giải Nhì thuộc về lớp "
            "6A."
        ),
        P(
            "Hội thi là hoạt động tiếp nối các phong trào của Liên đội trong học kỳ I, sau Đại hội "
            "Liên đội và phong trào “Kế hoạch nhỏ” mà Liên đội đã triển khai thành công."
        ),
        Img(
            eimg("rcv-2"),
            "Ban tổ chức trao giải cho em Vũ Gia Bảo",
            "Ban tổ chức trao giải cho em Vũ Gia Bảo",
            "em",
        ),
        byline("<em>Tin: Phạm Thu Trang - Ảnh: Hoàng Minh Đức</em>"),
    ],
    authors=["Phạm Thu Trang"],
    photographers=["Hoàng Minh Đức"],
    opts={
        "tags": ["Đoàn - Đội"],
        "short": "Rung chuông vàng khối 6",
        "links": [
            (
                "phong trào “Kế hoạch nhỏ”",
                f"/tin-tuc/2026/{S4.slug}/?fbclid=IwZXh0bgNhZW0CMTEAAR2kT9pXq7vLmB3_aem_Qw8zY1uJk0Rr",
            )
        ],
        "updated": "2026-12-01T06:30:00+07:00",
        "read": 2,
    },
)

STORIES = [S1, S2, S3, S4, S13, S5, S6, S7, S8, S9, S10, S11, S12]
ALTS = {
    "dhld-1": "chào cờ đại hội",
    "dhld-2": "ban chỉ huy liên đội",
    "hnvc-1": "hoi nghi vien chuc",
    "ai-1": "tap huan AI",
    "khn-1": "kế hoạch nhỏ",
    "thu-1": "Thư cảm ơn của ông Trần Văn Bình",
    "khoi-1": "Em Nguyễn Minh Khôi nhận giấy khen",
    "gvdg-1": "tiết dạy tiếng Anh",
    "co-hang-1": "Cô Vũ Thị Hằng trong giờ dạy",
    "stem-1": "STEM nam châm điện",
    "rcv-1": "rung chuông vàng",
    "rcv-2": "trao giải",
}
_SEED_OF = {eimg(seed): seed for seed in ALTS}


def post_url(s: Story) -> str:
    return f"/tin-tuc/2026/{s.slug}/"


def in_collection(s: Story) -> bool:
    return not s.opts.get("hidden")


def _dt(s: Story) -> datetime:
    """The post's instant (a day-only front-matter date is UTC midnight, as in Eleventy)."""
    value = s.published_at or ""
    if "T" in value:
        return datetime.fromisoformat(value)
    return datetime.fromisoformat(value + "T00:00:00+00:00")


#: the ``posts`` collection, newest first
POSTS = sorted((s for s in STORIES if in_collection(s)), key=_dt, reverse=True)
PER_PAGE = 5


# --- small formatting helpers ---------------------------------------------------------------


def iso_utc(s: Story) -> str:
    return _dt(s).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def shown_date(s: Story) -> str:
    """The post page's visible date: local, with the time only when the front matter has one."""
    value = s.published_at or ""
    if "T" in value:
        local = datetime.fromisoformat(value).astimezone(ICT)
        return f"{WEEKDAYS[local.weekday()]}, {local:%d/%m/%Y} - {local:%H:%M}"
    day = date.fromisoformat(value)
    return f"{WEEKDAYS[day.weekday()]}, {day:%d/%m/%Y}"


def card_date(s: Story) -> str:
    """Luxon's DATE_MED in the vi locale: "1 thg 12, 2026"."""
    value = s.published_at or ""
    day = (
        datetime.fromisoformat(value).astimezone(ICT).date()
        if "T" in value
        else date.fromisoformat(value)
    )
    return f"{day.day} thg {day.month}, {day.year}"


def slugify(value: str) -> str:
    s = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def short_title(s: Story) -> str:
    return s.opts.get("short") or s.title


def t(s: Story, value: str) -> str:
    """Escaped text as the post's Markdown file holds it (decomposed when typed on a Mac)."""
    return text(value, nfd=bool(s.opts.get("nfd")))


def excerpt(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return first if len(first) <= 150 else first[:150].rsplit(" ", 1)[0] + "…"


def picture(src: str, alt: str, widths: tuple[int, ...] = (640, 1280), cls: str = "") -> str:
    stem = src.rsplit("-", 1)[0]
    sizes = "(min-width: 62em) 720px, 100vw" if widths[0] >= 640 else "160px"

    def sset(fmt: str) -> str:
        return ", ".join(f"{stem}-{w}.{fmt} {w}w" for w in widths)

    img_src = f"{stem}-{widths[0]}.jpeg"
    h = widths[-1] * 2 // 3
    klass = f' class="{cls}"' if cls else ""
    return (
        f'<picture{klass}><source type="image/avif" srcset="{sset("avif")}" sizes="{sizes}">'
        f'<source type="image/webp" srcset="{sset("webp")}" sizes="{sizes}">'
        f'<img alt="{esc(alt)}" loading="lazy" decoding="async" src="{img_src}" width="{widths[-1]}" '
        f'height="{h}" srcset="{sset("jpeg")}" sizes="{sizes}"></picture>'
    )


def first_image(s: Story) -> str | None:
    """The card picture: front matter ``anhDaiDien`` (never printed on the post) or the first photo."""
    if s.opts.get("cover"):
        return eimg(s.opts["cover"])
    for b in s.blocks:
        if isinstance(b, Img) and b.src.startswith("/img/"):
            return b.src
    return None


def thumb(s: Story) -> str:
    src = first_image(s)
    if src is None:
        return (
            '<img src="/img/anh-mac-dinh-320.jpeg" alt="" width="320" height="213" loading="lazy">'
        )
    return picture(src, "", (320,), "anh-nho")


# --- the Markdown's HTML ---------------------------------------------------------------------

_GROUPS = {
    "li": "ul",
    "oli": "ol",
    "quote": "blockquote",
    "fn": "fn",
    "th": "table",
    "row": "table",
}


def _para_html(s: Story, value: str) -> str:
    out = t(s, value)
    for anchor, href in s.opts.get("links", []):
        out = out.replace(t(s, anchor), f'<a href="{esc(href)}">{t(s, anchor)}</a>', 1)
    if s.opts.get("fn"):
        out = re.sub(
            r"\[(\d+)\]",
            lambda m: (
                f'<sup class="footnote-ref"><a href="#fn{m[1]}" id="fnref{m[1]}">[{m[1]}]</a></sup>'
            ),
            out,
        )
    return out


def _img_html(s: Story, b: Img) -> str:
    if b.style == "raw":
        out = (
            f'<p style="text-align: center;"><img src="{b.src}" alt="" width="700" '
            'style="max-width: 100%; height: auto;"></p>'
        )
        if b.printed:
            out += f'\n<p style="text-align: center;"><em>{t(s, b.printed)}</em></p>'
        return out
    pic = picture(b.src, ALTS.get(_SEED_OF.get(b.src, ""), ""))
    if b.style == "fig":
        cap = f"<figcaption>{t(s, b.printed)}</figcaption>" if b.printed else ""
        return f'<figure class="hinh-bv">{pic}{cap}</figure>'
    if b.style == "em" and b.printed:
        return f"<p>{pic}\n<em>{t(s, b.printed)}</em></p>"
    return f"<p>{pic}</p>"


def _toc(s: Story) -> str:
    items = "".join(
        f'<li><a href="#{slugify(b.text)}">{t(s, b.text)}</a></li>'
        for b in s.blocks
        if isinstance(b, P) and b.style in ("h2", "h3")
    )
    return f'<p><div class="table-of-contents"><ul>{items}</ul></div></p>'


def render_content(s: Story) -> str:
    """What markdown-it makes of the post's Markdown (with its plugins)."""
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(_toc(s) if b.html == "[[toc]]" else b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_img_html(s, b))
            i += 1
            continue
        style = b.style
        if style in _GROUPS:
            kind = _GROUPS[style]
            j = i
            group: list[P] = []
            while (
                j < len(blocks)
                and isinstance(blocks[j], P)
                and _GROUPS.get(blocks[j].style) == kind
            ):
                group.append(blocks[j])
                j += 1
            if kind in ("ul", "ol"):
                lis = "\n".join(f"<li>{_para_html(s, g.text)}</li>" for g in group)
                out.append(f"<{kind}>\n{lis}\n</{kind}>")
            elif kind == "blockquote":
                ps = "\n".join(f"<p>{_para_html(s, g.text)}</p>" for g in group)
                out.append(f"<blockquote>\n{ps}\n</blockquote>")
            elif kind == "table":
                head = [g for g in group if g.style == "th"]
                rows = [g for g in group if g.style == "row"]
                thead = "".join(
                    "<tr>\n"
                    + "\n".join(f"<th>{t(s, c)}</th>" for c in g.text.split(" | "))
                    + "\n</tr>"
                    for g in head
                )
                tbody = "\n".join(
                    "<tr>\n"
                    + "\n".join(f"<td>{t(s, c)}</td>" for c in g.text.split(" | "))
                    + "\n</tr>"
                    for g in rows
                )
                out.append(
                    f"<table>\n<thead>\n{thead}\n</thead>\n<tbody>\n{tbody}\n</tbody>\n</table>"
                )
            else:  # footnotes, printed by markdown-it-footnote after everything else
                lis = "\n".join(
                    f'<li id="fn{n}" class="footnote-item"><p>{t(s, g.text)} '
                    f'<a href="#fnref{n}" class="footnote-backref">\u21a9\ufe0e</a></p>\n</li>'
                    for n, g in enumerate(group, 1)
                )
                out.append(
                    '<hr class="footnotes-sep">\n<section class="footnotes">\n'
                    f'<ol class="footnotes-list">\n{lis}\n</ol>\n</section>'
                )
            i = j
            continue
        if style in ("poem", "poem_end"):
            lines: list[str] = []
            while i < len(blocks):
                line = blocks[i]
                lines.append(t(s, line.text))
                i += 1
                if line.style == "poem_end":
                    break
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
            continue
        if style in ("h2", "h3"):
            anchor = slugify(b.text)
            out.append(
                f'<{style} id="{anchor}" tabindex="-1">{t(s, b.text)} '
                f'<a class="header-anchor" href="#{anchor}" aria-hidden="true">#</a></{style}>'
            )
        elif style == "bold":
            out.append(f"<p><strong>{_para_html(s, b.text)}</strong></p>")
        elif style == "center-bold":
            out.append(f'<p style="text-align: center;"><strong>{t(s, b.text)}</strong></p>')
        else:
            out.append(f"<p>{_para_html(s, b.text)}</p>")
        i += 1
    return "\n".join(out)


# --- layout ----------------------------------------------------------------------------------


def _menu() -> str:
    news = "\n".join(
        f'        <li><a href="/chu-de/{TAGS[name]}/">{esc(name)}</a></li>'
        for name in SECTIONS
        if name != "Thông báo"
    )
    return f"""<nav class="mc" id="menu-chinh" aria-label="Menu chính">
  <button class="mc-nut" type="button" aria-controls="mc-ds" aria-expanded="false">☰ <span>Danh mục</span></button>
  <ul class="mc-ds" id="mc-ds">
    <li><a href="/">Trang chủ</a></li>
    <li class="mc-cc"><a href="/gioi-thieu/">Giới thiệu</a><button class="mc-mo" type="button" aria-expanded="false" aria-label="Mở menu con">▾</button>
      <ul class="mc-con" hidden>
        <li><a href="/gioi-thieu/">Lịch sử nhà trường</a></li>
        <li><a href="/gioi-thieu/doi-ngu/">Đội ngũ cán bộ, giáo viên</a></li>
      </ul>
    </li>
    <li class="mc-cc"><a href="/tin-tuc/">Tin tức</a><button class="mc-mo" type="button" aria-expanded="false" aria-label="Mở menu con">▾</button>
      <ul class="mc-con" hidden>
        <li><a href="/tin-tuc/">Tất cả tin bài</a></li>
{news}
      </ul>
    </li>
    <li><a href="/chu-de/thong-bao/">Thông báo</a></li>
    <li class="mc-cc"><a href="/van-ban/">Văn bản</a><button class="mc-mo" type="button" aria-expanded="false" aria-label="Mở menu con">▾</button>
      <ul class="mc-con" hidden>
        <li><a href="/van-ban/">Văn bản nhà trường</a></li>
        <li><a href="/lich-cong-tac/">Lịch công tác</a></li>
      </ul>
    </li>
    <li><a href="/thu-vien-anh/">Thư viện ảnh</a></li>
    <li><a href="/lien-he/">Liên hệ</a></li>
    <li class="mc-tk"><a href="/tim-kiem/" title="Tìm kiếm">🔍</a></li>
  </ul>
</nav>"""


def _sidebar() -> str:
    most_read = [
        (post_url(S9), short_title(S9), S9),
        (f"/tin-tuc/2026/{S2.opts['old_slug']}/", short_title(S2), S2),
        (post_url(S6), short_title(S6), S6),
        (post_url(S12), short_title(S12), S12),
        (post_url(S7), short_title(S7), S7),
    ]
    reads = "\n".join(
        f'      <li><a href="{href}">{thumb(s)}<span>{t(s, label)}</span></a></li>'
        for href, label, s in most_read
    )
    return f"""<aside class="cot-phai" aria-label="Cột phải">
  <section class="kh kh-tb">
    <h2 class="kh-td">📢 Thông báo</h2>
    <ul>
      <li><a href="{post_url(S11)}">{esc(short_title(S11))}</a> <span class="moi">Mới</span></li>
      <li><a href="/lich-cong-tac/">Lịch công tác tuần 14</a></li>
      <li><a href="/van-ban/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027/">Kế hoạch giáo dục nhà trường năm học 2026 – 2027</a></li>
    </ul>
  </section>
  <section class="kh kh-docnhieu">
    <h2 class="kh-td">Đọc nhiều</h2>
    <ol>
{reads}
    </ol>
  </section>
  <section class="kh">
    <h2 class="kh-td">Liên kết website</h2>
    <ul class="lk">
      <li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
      <li><a href="https://sgddt.hungyen.gov.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Hưng Yên</a></li>
      <li><a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener">Cơ sở dữ liệu ngành</a></li>
      <li><a href="https://vnedu.vn" target="_blank" rel="noopener">Sổ liên lạc điện tử vnEdu</a></li>
      <li><a href="https://igiaoduc.vn" target="_blank" rel="noopener">Kho học liệu số</a></li>
    </ul>
  </section>
  <section class="kh">
    <h2 class="kh-td">Thăm dò ý kiến</h2>
    <form action="https://docs.google.com/forms/d/e/1FAIpQLSfX3o9kq_lyTuTrong2026/formResponse" method="post" target="_blank">
      <p>Bạn đánh giá thế nào về trang thông tin của nhà trường?</p>
      <label><input type="radio" name="entry.118273645" value="Rất hữu ích"> Rất hữu ích</label><br>
      <label><input type="radio" name="entry.118273645" value="Hữu ích"> Hữu ích</label><br>
      <label><input type="radio" name="entry.118273645" value="Cần cải thiện"> Cần cải thiện</label><br>
      <button type="submit">Bình chọn</button>
    </form>
  </section>
  <section class="kh kh-tk">
    <h2 class="kh-td">Thống kê truy cập</h2>
    <table class="tk-bang">
      <tr><td>Đang online</td><td>17</td></tr>
      <tr><td>Hôm nay</td><td>342</td></tr>
      <tr><td>Tháng này</td><td>8.915</td></tr>
      <tr><td>Tổng truy cập</td><td>1.204.577</td></tr>
    </table>
    <p class="tk-ghichu">Số liệu cập nhật khi xây dựng trang.</p>
  </section>
  <section class="kh">
    <h2 class="kh-td">Video</h2>
    <iframe width="300" height="170" src="https://www.youtube-nocookie.com/embed/q8WzL1ytT26" title="Lễ khai giảng năm học 2026 – 2027" loading="lazy" allowfullscreen></iframe>
  </section>
</aside>"""


def layout(
    request: Request,
    *,
    title: str,
    path: str,
    main: str,
    crumbs: list[tuple[str, str | None]] | None = None,
    description: str = SITE_DESC,
    body_class: str = "tpl-trang",
    og_type: str = "website",
    sidebar: bool = True,
    head_extra: str = "",
) -> str:
    base = base_url(request)
    doc_title = f"{title} | {SHORT}" if path != "/" else f"{SCHOOL} – phường Mỹ Hào, tỉnh Hưng Yên"
    trail = ""
    if crumbs:
        items = []
        for n, (label, href) in enumerate(crumbs, 1):
            if href:
                items.append(
                    f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                    f'<a itemprop="item" href="{href}"><span itemprop="name">{label}</span></a>'
                    f'<meta itemprop="position" content="{n}"></li>'
                )
            else:
                items.append(f'<li aria-current="page"><span>{label}</span></li>')
        trail = (
            '<ol class="dd-duong-dan" itemscope itemtype="https://schema.org/BreadcrumbList">'
            + "<span> › </span>".join(items)
            + "</ol>"
        )
    side = _sidebar() if sidebar else ""
    return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{doc_title}</title>
<meta name="description" content="{esc(description)}">
<meta name="generator" content="Eleventy v3.0.0">
<link rel="canonical" href="{base}{path}">
<meta property="og:site_name" content="{SCHOOL}">
<meta property="og:title" content="{title}">
<meta property="og:type" content="{og_type}">
<meta property="og:url" content="{base}{path}">
<meta property="og:image" content="{base}/img/og-mac-dinh.jpeg">
<link rel="alternate" href="/feed.xml" type="application/atom+xml" title="Tin tức – {SHORT}">
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="/css/index.css?v=a91f3c2e">
<script src="/js/menu.js?v=a91f3c2e" defer></script>
{head_extra}</head>
<body class="{body_class}">
<a class="bo-qua" href="#noi-dung">Bỏ qua đến nội dung chính</a>
<div class="thanh-tren">
  <div class="khung">
    <span class="ngay-gio">📅 {BUILD_DAY}</span>
    <span class="tt-lh">☎ 0221 3 942 115 · ✉ c2lytutrong.myhao@hungyen.edu.vn</span>
    <span class="mxh"><a href="https://www.facebook.com/thcslytutrong.myhao" target="_blank" rel="noopener">Facebook</a> · <a href="https://www.youtube.com/@thcslytutrongmyhao" target="_blank" rel="noopener">YouTube</a> · <a href="https://zalo.me/0221394211" target="_blank" rel="noopener">Zalo</a></span>
  </div>
</div>
<header class="dau-trang">
  <div class="khung">
    <a class="logo" href="/"><img src="/img/logo-thcs-ly-tu-trong.png" alt="Logo Trường THCS Lý Tự Trọng" width="84" height="84"></a>
    <div class="ten-dv">
      <span class="cq">UBND PHƯỜNG MỸ HÀO</span>
      <span class="ten">TRƯỜNG THCS LÝ TỰ TRỌNG</span>
      <span class="kh-hieu">Dạy tốt – Học tốt – Rèn luyện tốt</span>
    </div>
  </div>
</header>
{_menu()}
<main id="noi-dung" class="khung khung-2c">
<div class="cot-trai">
{trail}
{main}
</div>
{side}
</main>
<footer class="chan-trang">
  <div class="khung">
    <p><strong>TRƯỜNG THCS LÝ TỰ TRỌNG – PHƯỜNG MỸ HÀO, TỈNH HƯNG YÊN</strong></p>
    <p>Địa chỉ: Số 18 đường Nguyễn Văn Linh, phường Mỹ Hào, tỉnh Hưng Yên</p>
    <p>Điện thoại: 0221 3 942 115 – Email: c2lytutrong.myhao@hungyen.edu.vn</p>
    <p>Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Thị Mai</p>
    <p class="bq">© 2026 Trường THCS Lý Tự Trọng. Trang web được xây dựng bằng <a href="https://www.11ty.dev" target="_blank" rel="noopener">Eleventy</a>. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>
    <p><a href="/feed.xml">RSS</a> · <a href="/sitemap.xml">Sơ đồ trang</a> · <a href="#noi-dung" class="len-dau">Lên đầu trang ↑</a></p>
  </div>
</footer>
</body>
</html>
"""


# --- pages -----------------------------------------------------------------------------------


def card(s: Story, href: str | None = None, heading: str = "h2") -> str:
    href = href or post_url(s)
    tag = s.opts["tags"][0] if s.opts.get("tags") else None
    label = f'<a class="the-nhan" href="/chu-de/{TAGS[tag]}/">{esc(tag)}</a>' if tag else ""
    return f"""<article class="the-tin">
  <a class="the-tin__anh" href="{href}" tabindex="-1" aria-hidden="true">{thumb(s)}</a>
  <div class="the-tin__nd">
    {label}
    <{heading} class="the-tin__td"><a href="{href}">{t(s, short_title(s))}</a></{heading}>
    <p class="the-tin__ngay"><time datetime="{iso_utc(s)}">{card_date(s)}</time></p>
    <p class="the-tin__tt">{t(s, excerpt(s))}</p>
    <a class="doc-tiep" href="{href}">Đọc tiếp →</a>
  </div>
</article>"""


def home(request: Request) -> str:
    featured = [s for s in POSTS if s.opts.get("featured")]
    feat = "\n".join(
        f'<li class="nb-muc"><a href="{post_url(s)}index.html">{picture(first_image(s) or eimg("mac-dinh"), "", (640,))}'
        f"<span>{t(s, short_title(s))}</span></a></li>"
        for s in featured
    )
    newest = "\n".join(card(s, heading="h3") for s in POSTS[:4])
    pinned = next(s for s in POSTS if s.opts.get("pinned"))
    poem = next(s for s in POSTS if s.opts["tags"] and s.opts["tags"][0] == "Góc sáng tác")
    main = f"""<section class="noi-bat">
  <h2 class="kh-td">Tin nổi bật</h2>
  <ul class="nb-ds">
{feat}
  </ul>
</section>
<section class="ghim" id="thong-bao-moi">
  <h2 class="kh-td">📌 Thông báo mới</h2>
  <div class="ghim-nd">
  <h3><a href="{post_url(pinned)}">{t(pinned, pinned.title)}</a></h3>
{render_content(pinned)}
  </div>
  <p class="xem-them"><a href="{post_url(pinned)}">Xem chi tiết thông báo →</a></p>
</section>
<section class="tin-moi">
  <h2 class="kh-td">Tin mới</h2>
{newest}
  <p class="xem-tat-ca"><a href="/tin-tuc/">Xem tất cả tin tức →</a></p>
</section>
<section class="goc-st">
  <h2 class="kh-td">Góc sáng tác</h2>
{card(poem, heading="h3")}
</section>"""
    return layout(request, title=SCHOOL, path="/", main=main, body_class="tpl-trang-chu")


def pager(n: int, total: int) -> str:
    def href(k: int) -> str:
        return "/tin-tuc/" if k == 1 else f"/tin-tuc/trang-{k}/"

    items = []
    if n > 1:
        items.append(f'<li><a href="{href(n - 1)}" rel="prev">« Trước</a></li>')
    for k in range(1, total + 1):
        cur = ' aria-current="page"' if k == n else ""
        items.append(f'<li><a href="{href(k)}"{cur}>{k}</a></li>')
    if n < total:
        items.append(f'<li><a href="{href(n + 1)}" rel="next">Sau »</a></li>')
    return '<nav class="phan-trang" aria-label="Phân trang"><ol>' + "".join(items) + "</ol></nav>"


def listing(request: Request, n: int) -> str:
    total = (len(POSTS) + PER_PAGE - 1) // PER_PAGE
    chunk = POSTS[(n - 1) * PER_PAGE : n * PER_PAGE]
    path = "/tin-tuc/" if n == 1 else f"/tin-tuc/trang-{n}/"
    heading = "Tin tức" + ("" if n == 1 else f" – Trang {n}")
    main = (
        f'<h1 class="tr-td">{heading}</h1>\n<div class="ds-tin">\n'
        + "\n".join(card(s) for s in chunk)
        + f"\n</div>\n{pager(n, total)}"
    )
    crumbs = [("Trang chủ", "/"), ("Tin tức", None if n == 1 else "/tin-tuc/")]
    if n > 1:
        crumbs.append((f"Trang {n}", None))
    return layout(request, title=heading, path=path, main=main, crumbs=crumbs, body_class="tpl-ds")


def tag_posts(tag: str) -> list[Story]:
    return [s for s in POSTS if tag in s.opts.get("tags", [])]


def tag_page(request: Request, tag: str) -> str:
    posts = tag_posts(tag)
    main = (
        f'<h1 class="tr-td">Chủ đề: {esc(tag)}</h1>\n<p class="so-bai">{len(posts)} bài viết</p>\n'
        '<div class="ds-tin">\n'
        + "\n".join(card(s) for s in posts)
        + '\n</div>\n<p><a href="/chu-de/">← Tất cả chủ đề</a></p>'
    )
    crumbs = [("Trang chủ", "/"), ("Chủ đề", "/chu-de/"), (esc(tag), None)]
    return layout(
        request,
        title=f"Chủ đề: {tag}",
        path=f"/chu-de/{TAGS[tag]}/",
        main=main,
        crumbs=crumbs,
        body_class="tpl-ds",
    )


def tags_index(request: Request) -> str:
    chips = "\n".join(
        f'<li><a href="/chu-de/{slug}/">#{esc(name)} <span>({len(tag_posts(name))})</span></a></li>'
        for name, slug in TAGS.items()
    )
    main = f'<h1 class="tr-td">Chủ đề</h1>\n<ul class="dam-may-the">\n{chips}\n</ul>'
    return layout(
        request,
        title="Chủ đề",
        path="/chu-de/",
        main=main,
        crumbs=[("Trang chủ", "/"), ("Chủ đề", None)],
    )


def article(request: Request, s: Story) -> str:
    path = post_url(s)
    tags = s.opts.get("tags", [])
    crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc/")]
    if tags:
        crumbs.append((esc(tags[0]), f"/chu-de/{TAGS[tags[0]]}/"))
    label = s.opts.get("meta_label", "Đăng bởi")
    who = s.opts.get("meta_author", "thaytoan")
    sapo = (
        f'<div class="bv-sapo"><p><strong>{t(s, s.summary)}</strong></p></div>\n'
        if s.summary and s.sapo_outside
        else ""
    )
    updated = datetime.fromisoformat(s.opts["updated"])
    upd = (
        f'<p class="bv-capnhat">Cập nhật lần cuối: <time datetime="'
        f'{updated.astimezone(UTC):%Y-%m-%dT%H:%M:%S.000Z}">{updated:%d/%m/%Y}</time></p>'
    )
    chips = (
        '<div class="bv-the">Chủ đề: '
        + " ".join(f'<a class="the" href="/chu-de/{TAGS[g]}/">#{esc(g)}</a>' for g in tags)
        + "</div>"
        if tags
        else ""
    )
    share_url = quote(base_url(request) + path, safe="")
    share = f"""<div class="chia-se">
  <span>Chia sẻ:</span>
  <a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener" title="Chia sẻ Facebook"><img src="/img/icon-fb.png" alt="Facebook" width="24" height="24"></a>
  <a href="https://zalo.me/share?u={share_url}" target="_blank" rel="noopener" title="Chia sẻ Zalo"><img src="/img/icon-zalo.png" alt="Zalo" width="24" height="24"></a>
  <button type="button" class="nut-sao-chep" data-url="{path}">🔗 Sao chép liên kết</button>
  <button type="button" onclick="window.print()">🖨 In bài</button>
</div>"""
    nav = ""
    if in_collection(s):
        idx = POSTS.index(s)
        older = POSTS[idx + 1] if idx + 1 < len(POSTS) else None
        newer = POSTS[idx - 1] if idx > 0 else None
        parts = []
        if older:
            parts.append(
                f'<a class="bv-truoc" href="{post_url(older)}" rel="prev">← Bài trước<br><span>{t(older, short_title(older))}</span></a>'
            )
        if newer:
            parts.append(
                f'<a class="bv-sau" href="{post_url(newer)}" rel="next">Bài sau →<br><span>{t(newer, short_title(newer))}</span></a>'
            )
        nav = '<nav class="bv-ts" aria-label="Bài trước và bài sau">' + "\n".join(parts) + "</nav>"
    related = ""
    if tags:
        others = [o for o in tag_posts(tags[0]) if o is not s][:4]
        if others:
            related = (
                '<section class="bv-ccd">\n<h2 class="kh-td">Bài cùng chủ đề</h2>\n<ul>\n'
                + "\n".join(
                    f'<li><a href="{post_url(o)}">{t(o, short_title(o))}</a> <time datetime="{iso_utc(o)}">({card_date(o)})</time></li>'
                    for o in others
                )
                + "\n</ul>\n</section>"
            )
    main = f"""<article class="bv h-entry">
<h1 class="bv-tieude p-name">{t(s, s.title)}</h1>
<div class="bv-meta">
  <span class="bv-ngay">🕒 <time class="dt-published" datetime="{iso_utc(s)}">{shown_date(s)}</time></span>
  <span class="bv-sep">·</span>
  <span class="bv-doc">⏱ {s.opts.get("read", 2)} phút đọc</span>
  <span class="bv-sep">·</span>
  <span class="bv-tg">✍ {label}: <span class="p-author">{t(s, who)}</span></span>
</div>
{sapo}<div class="bv-nd e-content">
{render_content(s)}
</div>
{upd}
{chips}
{share}
{nav}
</article>
{related}
<section class="binh-luan" id="binh-luan">
  <h2 class="kh-td">Bình luận</h2>
  <script src="https://giscus.app/client.js" data-repo="thcslytutrong/website" data-repo-id="R_kgDOKq2026" data-category="Announcements" data-mapping="pathname" data-lang="vi" crossorigin="anonymous" async></script>
  <noscript>Vui lòng bật JavaScript để xem bình luận.</noscript>
</section>"""
    description = s.summary or SITE_DESC
    return layout(
        request,
        title=t(s, s.title),
        path=path,
        main=main,
        crumbs=crumbs,
        description=description,
        body_class="tpl-bai-viet",
        og_type="article",
    )


def moved_stub(request: Request, target: str) -> str:
    """Eleventy's redirect template for a renamed post: a meta refresh, nothing else."""
    return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Đang chuyển hướng…</title>
<meta http-equiv="refresh" content="0; url={target}">
<link rel="canonical" href="{base_url(request)}{target}">
<meta name="robots" content="noindex">
</head>
<body>
<p>Bài viết đã được chuyển sang <a href="{target}">địa chỉ mới</a>.</p>
</body>
</html>
"""


def simple(
    request: Request, path: str, title: str, inner: str, crumbs: list[tuple[str, str | None]]
) -> str:
    return layout(request, title=title, path=path, main=inner, crumbs=crumbs)


def intro(request: Request) -> str:
    inner = f"""<article class="tr">
<h1 class="tr-td">Giới thiệu chung về nhà trường</h1>
<p>Trường THCS Lý Tự Trọng được thành lập năm 1965, tiền thân là Trường cấp II Bần Yên Nhân. Trải qua hơn 60 năm xây dựng và trưởng thành, nhà trường luôn là một trong những đơn vị dẫn đầu phong trào thi đua của ngành giáo dục thị xã Mỹ Hào trước đây và phường Mỹ Hào hiện nay.</p>
<p>Năm học 2026 – 2027, nhà trường có 28 lớp với 1.156 học sinh; 61 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo.</p>
{picture(eimg("truong-toan-canh"), "Toàn cảnh Trường THCS Lý Tự Trọng")}
<h2 id="thanh-tich" tabindex="-1">Thành tích nổi bật <a class="header-anchor" href="#thanh-tich" aria-hidden="true">#</a></h2>
<ul>
<li>Trường đạt chuẩn quốc gia mức độ 2 (năm 2022);</li>
<li>Tập thể lao động xuất sắc nhiều năm liền;</li>
<li>Cờ thi đua của UBND tỉnh năm học 2024 – 2025.</li>
</ul>
<p class="tr-capnhat">Cập nhật: 15/09/2026</p>
</article>"""
    return simple(
        request,
        "/gioi-thieu/",
        "Giới thiệu chung",
        inner,
        [("Trang chủ", "/"), ("Giới thiệu", None)],
    )


def staff(request: Request) -> str:
    rows = [
        ("Nguyễn Thị Mai", "Hiệu trưởng", "Thạc sĩ Quản lý giáo dục"),
        ("Nguyễn Văn Toàn", "Phó Hiệu trưởng", "Thạc sĩ Toán học"),
        ("Vũ Thị Hằng", "Tổ phó Tổ KHXH", "Đại học Sư phạm Ngữ văn"),
        ("Lê Thị Thanh Huyền", "Tổ trưởng Tổ KHTN", "Thạc sĩ Vật lí"),
        ("Đỗ Thị Minh Nguyệt", "Tổ trưởng Tổ KHXH", "Thạc sĩ Lịch sử"),
        ("Phạm Thu Trang", "Tổng phụ trách Đội", "Đại học Sư phạm Âm nhạc"),
        ("Hoàng Minh Đức", "Giáo viên Tin học", "Đại học Sư phạm Tin học"),
    ]
    body = "\n".join(
        f"<tr><td>{n}</td><td>{a}</td><td>{b}</td><td>{c}</td></tr>"
        for n, (a, b, c) in enumerate(rows, 1)
    )
    inner = f"""<h1 class="tr-td">Đội ngũ cán bộ, giáo viên</h1>
<table class="bang-dn"><thead><tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th><th>Trình độ</th></tr></thead>
<tbody>
{body}
</tbody></table>
<p><em>Danh sách đầy đủ xem tại bảng tin nhà trường.</em></p>"""
    return simple(
        request,
        "/gioi-thieu/doi-ngu/",
        "Đội ngũ cán bộ, giáo viên",
        inner,
        [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu/"), ("Đội ngũ", None)],
    )


def contact(request: Request) -> str:
    inner = """<h1 class="tr-td">Liên hệ</h1>
<div class="lh-tt">
<p><strong>Trường THCS Lý Tự Trọng</strong></p>
<p>Địa chỉ: Số 18 đường Nguyễn Văn Linh, phường Mỹ Hào, tỉnh Hưng Yên</p>
<p>Điện thoại: 0221 3 942 115 (Văn phòng) – 0912 448 106 (Hiệu trưởng)</p>
<p>Email: c2lytutrong.myhao@hungyen.edu.vn</p>
</div>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3726.1!2d106.06!3d20.93" width="100%" height="300" style="border:0;" loading="lazy" title="Bản đồ"></iframe>
<form name="lien-he" method="POST" action="/lien-he/cam-on/" data-netlify="true" netlify-honeypot="bot-field" class="lh-form">
  <input type="hidden" name="form-name" value="lien-he">
  <p hidden><label>Đừng điền: <input name="bot-field"></label></p>
  <p><label>Họ và tên <input type="text" name="ho-ten" required></label></p>
  <p><label>Email <input type="email" name="email" required></label></p>
  <p><label>Nội dung <textarea name="noi-dung" rows="5" required></textarea></label></p>
  <p><button type="submit">Gửi liên hệ</button></p>
</form>"""
    return simple(request, "/lien-he/", "Liên hệ", inner, [("Trang chủ", "/"), ("Liên hệ", None)])


def thanks(request: Request) -> str:
    inner = '<h1 class="tr-td">Cảm ơn bạn!</h1>\n<p>Nhà trường đã nhận được thông tin liên hệ và sẽ phản hồi sớm.</p>\n<p><a href="/">← Về trang chủ</a></p>'
    return simple(
        request,
        "/lien-he/cam-on/",
        "Cảm ơn",
        inner,
        [("Trang chủ", "/"), ("Liên hệ", "/lien-he/"), ("Cảm ơn", None)],
    )


ALBUM = "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027/"
DOC = "/van-ban/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027/"


def album_index(request: Request) -> str:
    inner = f"""<h1 class="tr-td">Thư viện ảnh</h1>
<div class="ds-album">
<article class="the-tin"><a href="{ALBUM}">{picture(eimg("kg-1"), "", (320,))}</a>
<h2 class="the-tin__td"><a href="{ALBUM}">Lễ khai giảng năm học 2026 – 2027</a></h2><p class="the-tin__ngay">5 thg 9, 2026 · 4 ảnh</p></article>
</div>
<p>Xem thêm video trên kênh <a href="https://www.youtube.com/@thcslytutrongmyhao" target="_blank" rel="noopener">YouTube của nhà trường</a>.</p>"""
    return simple(
        request,
        "/thu-vien-anh/",
        "Thư viện ảnh",
        inner,
        [("Trang chủ", "/"), ("Thư viện ảnh", None)],
    )


def album(request: Request) -> str:
    photos = [
        ("kg-1", "Học sinh khối 6 diễu hành qua lễ đài"),
        ("kg-2", "Cô Hiệu trưởng Nguyễn Thị Mai đánh trống khai giảng"),
        ("kg-3", "Tiết mục văn nghệ “Mái trường mến yêu”"),
        ("kg-4", "Đại biểu trao học bổng cho học sinh vượt khó"),
    ]
    figs = "\n".join(
        f'<figure class="al-anh"><a href="/img/{_hash(seed)}-1280.jpeg">{picture(eimg(seed), cap)}</a><figcaption>{cap}</figcaption></figure>'
        for seed, cap in photos
    )
    inner = f"""<h1 class="tr-td">Lễ khai giảng năm học 2026 – 2027</h1>
<p class="al-ngay"><time datetime="2026-09-05T00:00:00.000Z">05/09/2026</time> · 4 ảnh</p>
<div class="al-luoi">
{figs}
</div>"""
    return simple(
        request,
        ALBUM,
        "Lễ khai giảng năm học 2026 – 2027",
        inner,
        [
            ("Trang chủ", "/"),
            ("Thư viện ảnh", "/thu-vien-anh/"),
            ("Lễ khai giảng năm học 2026 – 2027", None),
        ],
    )


def docs_index(request: Request) -> str:
    inner = f"""<h1 class="tr-td">Văn bản nhà trường</h1>
<table class="bang-vb">
<thead><tr><th>Số, ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>
<tr><td>87/TB-THCSLTT</td><td>30/11/2026</td><td>Thông báo lịch kiểm tra, đánh giá cuối học kỳ I năm học 2026 – 2027</td><td><a href="/files/87-TB-THCSLTT.pdf">PDF</a></td></tr>
<tr><td>71/QĐ-THCSLTT</td><td>02/10/2026</td><td>Quyết định thành lập các tổ chuyên môn năm học 2026 – 2027</td><td><a href="/files/71-QD-THCSLTT.pdf">PDF</a></td></tr>
<tr><td>62/KH-THCSLTT</td><td>12/09/2026</td><td><a href="{DOC}">Kế hoạch giáo dục nhà trường năm học 2026 – 2027</a></td><td><a href="/files/62-KH-THCSLTT.pdf">PDF</a></td></tr>
</tbody>
</table>"""
    return simple(
        request, "/van-ban/", "Văn bản nhà trường", inner, [("Trang chủ", "/"), ("Văn bản", None)]
    )


def doc_entry(request: Request) -> str:
    inner = """<h1 class="tr-td">Kế hoạch giáo dục nhà trường năm học 2026 – 2027</h1>
<table class="bang-vb-ct">
<tr><th>Số, ký hiệu</th><td>62/KH-THCSLTT</td></tr>
<tr><th>Ngày ban hành</th><td>12/09/2026</td></tr>
<tr><th>Loại văn bản</th><td>Kế hoạch</td></tr>
<tr><th>Trích yếu</th><td>Kế hoạch giáo dục nhà trường năm học 2026 – 2027</td></tr>
<tr><th>Người ký</th><td>Nguyễn Thị Mai</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="/files/62-KH-THCSLTT.pdf">62-KH-THCSLTT.pdf</a> (1,4 MB)</td></tr>
</table>
<p><a href="/van-ban/">← Danh sách văn bản</a></p>"""
    return simple(
        request,
        DOC,
        "Kế hoạch giáo dục nhà trường năm học 2026 – 2027",
        inner,
        [("Trang chủ", "/"), ("Văn bản", "/van-ban/"), ("Kế hoạch giáo dục nhà trường", None)],
    )


def calendar(request: Request) -> str:
    days = [
        ("Thứ Hai 30/11", "7h00: Chào cờ – Sơ kết thi đua tháng 11", "14h00: Họp tổ chuyên môn"),
        ("Thứ Ba 01/12", "Dạy học theo thời khóa biểu", "15h30: Sinh hoạt CLB Tiếng Anh"),
        ("Thứ Tư 02/12", "8h00: Dự giờ chuyên đề môn Toán 8", "Dạy học theo thời khóa biểu"),
        ("Thứ Năm 03/12", "Dạy học theo thời khóa biểu", "14h00: Họp Hội đồng sư phạm"),
        ("Thứ Sáu 04/12", "Kiểm tra hồ sơ chuyên môn tổ KHTN", "Dạy học theo thời khóa biểu"),
        ("Thứ Bảy 05/12", "7h30: Ôn tập đội tuyển HSG lớp 9", "Nghỉ"),
    ]
    body = "\n".join(f"<tr><td>{d}</td><td>{m}</td><td>{a}</td></tr>" for d, m, a in days)
    inner = f"""<h1 class="tr-td">Lịch công tác tuần 14 (từ 30/11 đến 06/12/2026)</h1>
<table class="lct"><thead><tr><th>Thứ, ngày</th><th>Buổi sáng</th><th>Buổi chiều</th></tr></thead>
<tbody>
{body}
</tbody></table>
<p><em>Lịch có thể thay đổi, cán bộ, giáo viên theo dõi nhóm Zalo của trường.</em></p>"""
    return simple(
        request,
        "/lich-cong-tac/",
        "Lịch công tác tuần 14",
        inner,
        [("Trang chủ", "/"), ("Lịch công tác", None)],
    )


def search(request: Request) -> str:
    inner = """<h1 class="tr-td">Tìm kiếm</h1>
<div id="tim-kiem"></div>
<noscript>Chức năng tìm kiếm cần JavaScript.</noscript>
<script>window.addEventListener('DOMContentLoaded', () => { new PagefindUI({ element: "#tim-kiem", showSubResults: true, translations: { placeholder: "Nhập từ khóa…" } }); });</script>"""
    head = '<link href="/pagefind/pagefind-ui.css" rel="stylesheet">\n<script src="/pagefind/pagefind-ui.js"></script>\n'
    return layout(
        request,
        title="Tìm kiếm",
        path="/tim-kiem/",
        main=inner,
        crumbs=[("Trang chủ", "/"), ("Tìm kiếm", None)],
        head_extra=head,
    )


def feed(request: Request) -> Response:
    base = base_url(request)
    entries = "\n".join(
        f"""  <entry>
    <title>{esc(s.title)}</title>
    <link href="{base}{post_url(s)}"/>
    <updated>{iso_utc(s)}</updated>
    <id>{base}{post_url(s)}</id>
    <content type="html">{esc(render_content(s))}</content>
  </entry>"""
        for s in POSTS
    )
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <title>Tin tức – {SHORT}</title>
  <subtitle>{SITE_DESC}</subtitle>
  <link href="{base}/feed.xml" rel="self"/>
  <link href="{base}/"/>
  <updated>{iso_utc(POSTS[0])}</updated>
  <id>{base}/</id>
  <author><name>{SCHOOL}</name></author>
{entries}
</feed>
"""
    return Response(200, xml.encode(), {"Content-Type": "application/atom+xml; charset=utf-8"})


def sitemap(request: Request) -> Response:
    base = base_url(request)
    pages = [
        "/",
        "/tin-tuc/",
        "/gioi-thieu/",
        "/gioi-thieu/doi-ngu/",
        "/lien-he/",
        "/van-ban/",
        DOC,
        "/thu-vien-anh/",
        ALBUM,
    ]
    pages += ["/lich-cong-tac/", "/chu-de/"] + [f"/chu-de/{slug}/" for slug in TAGS.values()]
    urls = [f"  <url><loc>{base}{p}</loc></url>" for p in pages]
    urls += [
        f"  <url><loc>{base}{post_url(s)}</loc><lastmod>{s.opts['updated'][:10]}</lastmod></url>"
        for s in POSTS
    ]
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "\n".join(urls)
        + "\n</urlset>\n"
    )
    return Response(200, xml.encode(), {"Content-Type": "application/xml; charset=utf-8"})


# --- the static host -------------------------------------------------------------------------

_IMG = re.compile(r"^/img/[A-Za-z0-9_-]+-\d+\.(avif|webp|jpeg)$")
_IMG_TYPES = {"avif": "image/avif", "webp": "image/webp", "jpeg": "image/jpeg"}


class EleventySite:
    """The ``_site`` folder behind a static host."""

    def __init__(self) -> None:
        self.pages: dict[str, Callable[[Request], str | Response]] = {
            "/": home,
            "/tin-tuc/": lambda r: listing(r, 1),
            "/chu-de/": tags_index,
            "/gioi-thieu/": intro,
            "/gioi-thieu/doi-ngu/": staff,
            "/lien-he/": contact,
            "/lien-he/cam-on/": thanks,
            "/thu-vien-anh/": album_index,
            ALBUM: album,
            "/van-ban/": docs_index,
            DOC: doc_entry,
            "/lich-cong-tac/": calendar,
            "/tim-kiem/": search,
        }
        total = (len(POSTS) + PER_PAGE - 1) // PER_PAGE
        for n in range(2, total + 1):
            self.pages[f"/tin-tuc/trang-{n}/"] = lambda r, n=n: listing(r, n)
        for name, slug in TAGS.items():
            self.pages[f"/chu-de/{slug}/"] = lambda r, name=name: tag_page(r, name)
        self.files: dict[str, Response] = {}
        for s in STORIES:
            self.pages[post_url(s)] = lambda r, s=s: article(r, s)
            if s.opts.get("old_slug"):
                self.pages[f"/tin-tuc/2026/{s.opts['old_slug']}/"] = lambda r, s=s: moved_stub(
                    r, post_url(s)
                )
            for b in s.blocks:
                if isinstance(b, Img) and not b.src.startswith("/"):
                    self.files[post_url(s) + b.src] = static_file(b.src)
        for name in ("87-TB-THCSLTT.pdf", "71-QD-THCSLTT.pdf", "62-KH-THCSLTT.pdf"):
            self.files[f"/files/{name}"] = Response(200, PDF, {"Content-Type": "application/pdf"})
        self.files["/robots.txt"] = Response(200, b"", {"Content-Type": "text/plain"})

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/robots.txt":
            body = f"User-agent: *\nAllow: /\nSitemap: {base_url(request)}/sitemap.xml\n"
            return Response(200, body.encode(), {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/feed.xml":
            return feed(request)
        if path == "/sitemap.xml":
            return sitemap(request)
        if path in self.files:
            return self.files[path]
        m = _IMG.match(path)
        if m:
            return Response(200, static_file("x.jpeg").body, {"Content-Type": _IMG_TYPES[m[1]]})
        if (
            path.startswith(("/css/", "/js/", "/pagefind/"))
            or path in ("/favicon.ico",)
            or (path.startswith("/img/") and path.endswith(".png"))
        ):
            return static_file(path)
        key = path[: -len("index.html")] if path.endswith("/index.html") else path
        page = self.pages.get(key)
        if page is None and not key.endswith("/") and key + "/" in self.pages:
            return redirect(key + "/" + (f"?{request.query}" if request.query else ""), 301)
        if page is None:
            return None
        result = page(request)
        return result if isinstance(result, Response) else html(result)


def build_site() -> EleventySite:
    return EleventySite()


# --- gold ------------------------------------------------------------------------------------


def _alts(s: Story) -> list[str]:
    alts = [post_url(s) + "index.html"]
    for _anchor, href in S12.opts["links"]:
        if href.split("?")[0] == post_url(s):
            alts.append(href)
    if s.opts.get("old_slug"):
        alts.append(f"/tin-tuc/2026/{s.opts['old_slug']}/")
    return alts


GOLD = [
    gold_record(s, post_url(s), s.cat, alt_paths=_alts(s))
    for s in sorted(STORIES, key=lambda s: s.id)
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/doi-ngu/",
    "/lien-he/",
    ALBUM,
    DOC,
    "/lich-cong-tac/",
]
