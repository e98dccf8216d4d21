"""Fixture portal: Khoa Xây dựng Đảng of Trường Chính trị Trần Phú tỉnh Hà Tĩnh, a Jekyll site.

Imitates a faculty's own site kept as a static Jekyll 4 build (a customised Minima 2.5 theme, the
GFM flavour of kramdown, plugins jekyll-paginate, jekyll-archives, jekyll-feed, jekyll-sitemap,
jekyll-seo-tag, jekyll-redirect-from), copied to the school's nginx server. Everything is a file:
nginx serves ``dir/index.html`` for ``dir/``, answers 301 (absolute ``Location``) for a directory
asked without its slash, ignores query strings, and answers 404 with the body of ``/404.html``.

What it serves:

- Posts of three categories, each with its permalink from ``_config.yml`` defaults: "Tin hoạt
  động" (category ``tin-tuc``) and "Thông báo" (``thong-bao``) as
  ``/:categories/:year/:month/:day/:title.html``; "Nghiên cứu - Trao đổi" (``nghien-cuu``) pretty
  as ``/:categories/:title/``. One notice was saved with an accented file name, so its URL is
  percent-encoded (``/thong-bao/2026/11/24/th%C3%B4ng-b%C3%A1o-l%E1%BB%8Bch-thi-k45.html``).
- Post page (Minima's ``post.html``, customised): ``article.post.h-entry`` > ``header.post-header``
  > ``h1.post-title.p-name``, ``p.post-meta`` with ``<time class="dt-published" datetime=ISO>
  dd/mm/yyyy</time>``, the authors as front matter wrote them (degrees included, several joined
  by ", ") in ``span.p-author``, a ``dt-updated`` "Cập nhật" time on one post, a reading time on
  research posts; the front matter ``description`` as ``div.post-description.p-summary`` (only
  some posts have one); ``div.post-content.e-content`` (kramdown: p, h2/h3 with GFM ids, ul/ol,
  blockquote, tables, images as ``<p><img></p>`` + ``<p><em>…</em></p>`` or the theme's
  ``figure.image`` include, kramdown footnotes ``sup[role=doc-noteref]`` + ``div.footnotes``);
  then ``footer.post-footer`` with tags (``/tags/#<tag>``), share links (Facebook, Zalo, mail,
  ``javascript:window.print()``), "Bài viết cùng chủ đề", the Disqus placeholder; "« Bài trước /
  Bài sau »"; a sidebar ("Bài viết mới" with dates, "Chuyên mục" with counts, banners, a visitor
  counter); breadcrumbs "Trang chủ › <category>"; a header with the build date (TODAY), menu and a
  search box (``/tim-kiem/``, simple-jekyll-search over ``/search.json``); a footer with address
  and hotline. jekyll-seo-tag prints an absolute ``rel=canonical``, og tags,
  ``article:published_time`` and JSON-LD (first author only, degree included).
- The two 2025 posts came over from the old site with jekyll-import: raw CKEditor HTML inside the
  post, every second non-ASCII character a named/numeric reference. One 2026 post was typed in
  "Unicode tổ hợp" (NFD) on a Mac.
- ``/`` paginated by jekyll-paginate (``paginate_path: /page:num/``, 4 a page): ``/page2/`` …
  ``/page4/`` (no ``/page1/``; ``/page2`` answers 301); the index.md intro repeats on every page.
- ``/chuyen-muc/<category>/`` (jekyll-archives): every post of the category in one list, no
  pagination. ``/archive/``: every post under ``<h2>2026</h2>`` / ``<h2>2025</h2>``. ``/tags/``: a
  tag cloud of ``#anchors`` and one list per tag.
- ``/feed.xml`` (jekyll-feed, Atom): the 10 newest posts with full content (the three oldest are
  not in it; a two-author post's ``<author>`` is Ruby's array text, as jekyll-feed prints it).
  ``/sitemap.xml`` (jekyll-sitemap, named in ``/robots.txt``): every post, every page, the PDFs and
  the Google verification file; not ``/404.html`` nor the redirect stub. ``/search.json``.
- Pages: ``/gioi-thieu/`` (Minima ``page`` layout: ``article.post`` and ``div.post-content`` like
  a post, but no date, no h-entry), ``/lien-he/`` (map, Formspree form), ``/tai-lieu/`` (a table of
  PDFs under ``/assets/tai-lieu/``), ``/thu-vien-anh/`` (a photo album, figures with captions),
  ``/tim-kiem/``, ``/404.html``.

Traps and hard cases: every directory page is also served as ``…/index.html`` (a research post
links another through ``/nghien-cuu/<slug>/index.html``: the same article under two URLs, with
rel=canonical to the pretty one; listed in ``alt_paths``); jekyll-redirect-from left a 200 stub at
a notice's old URL (``/thong-bao/2026/10/14/…``, linked from a newer post): "Redirecting…", a
meta refresh and a canonical to the notice, no article text; queries are ignored, so
``/?utm_source=…`` or ``/tim-kiem/?q=…`` are the same pages again; ``/404.html`` answers 200 (a
soft 404 if fetched directly; no page links it) while missing paths answer a real 404 (an old imported post links a
deleted post); the header date is the build date; the feed holds only 10 posts; captions come
in three forms and some images have none (one has a descriptive ``alt`` but no printed line);
a table in a research post is followed by an italic "Nguồn: Số liệu khảo sát …" note.

Gold (by hand). Articles are the 13 posts; pages, listings, the feed, the stub and the files are
not. Judgement calls:

- Date: the day the page prints (dd/mm/yyyy) in the ``dt-published`` ``<time>``. Its
  ``datetime`` (and ``article:published_time``) carries the front matter's time, which no reader
  is shown: the gold is the date alone, as the README's date rule and every other fixture have it
  (harmonised after the blind crawl: the helper's first gold took the machine time). The
  "Cập nhật" date is not the publication date.
- Authors: the ``p-author`` names with the academic titles stripped ("ThS. Nguyễn Văn Tùng" →
  "Nguyễn Văn Tùng", "PGS.TS.", "TS." likewise); both names of a two-author post. Where the meta
  names nobody, the signature at the end: a right-aligned italic bare name ("Minh Châu"), "Tin,
  ảnh: X" (X in both lists), "Tin: X - Ảnh: Y". "Ảnh: Y" alone and a caption ending "(Ảnh: Y)"
  give a photographer; the caption keeps "(Ảnh: …)" as printed.
- Source: "Nguồn: Tạp chí Lý luận chính trị" at the end of a post gives ``source``; the italic
  "Nguồn: Số liệu khảo sát của nhóm tác giả…" under a table is the table's note, part of the body,
  not the article's source.
- Summary: the printed ``p-summary`` description, also the body's first paragraph. Posts without
  one have no summary, although jekyll-seo-tag copies their first paragraph into the meta
  description (nothing marks it as a sapo on the page).
- Body: headings, list items, quotations and the table note are paragraphs; a table row is one
  paragraph, cells joined by " | ". Footnotes of a research article are its references and part
  of it: each note is a paragraph after the text, in order, without the list number (the browser
  draws it) and without the "↩" back-link; the superscript call numbers in the text are
  navigation marks, not words, and are left out of the paragraphs. A hand-typed "Tài liệu tham
  khảo" heading with its list is body likewise. "Tệp đính kèm:" / "Tải về:" lines naming a file
  are no text. Signatures, "Nguồn:" lines, captions, tags, share and related lists are not body.
- Images: every image inside the post content, in order; the caption is the printed line (the
  ``<em>`` paragraph under it or the ``figcaption``), None when nothing is printed, even when the
  ``alt`` describes the photo. Thumbnails, banners, the logo and the album are not article images.
- Category: the breadcrumb's category name.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date, datetime
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "jekyll_tct"
PLATFORM = "jekyll"
START_PATH = "/"

SITE = "Khoa Xây dựng Đảng"
SCHOOL = "Trường Chính trị Trần Phú tỉnh Hà Tĩnh"
SITE_TITLE = f"{SITE} - Trường Chính trị Trần Phú"
ADDRESS = "Số 06 đường Nguyễn Chí Thanh, phường Thành Sen, tỉnh Hà Tĩnh"
PHONE = "0239 3 855 246"
HOTLINE = "0912 468 357"
EMAIL = "khoaxdd.tct@hatinh.gov.vn"
PER_PAGE = 4
FEED_SIZE = 10
IMG = "/assets/img"
DOCS_DIR = "/assets/tai-lieu"
GOOGLE_FILE = "/google5f2b8c7d9e1a3b46.html"
BUILD = "2026-11-25T06:00:12+07:00"

#: category slug -> printed name (``_data/categories.yml``)
CATS: dict[str, str] = {
    "tin-tuc": "Tin hoạt động",
    "nghien-cuu": "Nghiên cứu - Trao đổi",
    "thong-bao": "Thông báo",
}
#: tag -> the front matter's spelling (anchors are Jekyll's ``slugify``, accents kept)
TAGS: dict[str, str] = {
    "cong-tac-can-bo": "công tác cán bộ",
    "to-chuc-co-so-dang": "tổ chức cơ sở đảng",
    "giang-day": "giảng dạy",
    "nghien-cuu-khoa-hoc": "nghiên cứu khoa học",
    "tu-tuong-hcm": "tư tưởng Hồ Chí Minh",
    "nen-tang-tu-tuong": "bảo vệ nền tảng tư tưởng",
    "dao-tao-boi-duong": "đào tạo, bồi dưỡng",
    "hoat-dong-khoa": "hoạt động Khoa",
}

OLD_NOTICE = "/thong-bao/2026/10/14/thong-bao-mo-lop-boi-duong-bi-thu-chi-bo.html"
BROKEN_LINK = "/tin-tuc/2025/11/28/ket-qua-vong-so-khao-hoi-thi-giang-vien-day-gioi.html"
INDEX_TWIN_SLUG = "doi-moi-phuong-phap-giang-day-hoc-phan-xay-dung-dang"

# Story.opts: at ("YYYY-MM-DD HH:MM" or "YYYY-MM-DD" as front matter gives it), meta (author
# strings as front matter writes them), tags, updated, nfd (typed decomposed), imported (raw
# CKEditor HTML from the old site, entity-mixed), redirect_from.
# P styles: "" | h2 | h3 | ul | ol | quote | th | tr | fn (footnote) | note (italic paragraph) |
# strong (whole paragraph bold); inline ops after ";": "a|href|phrase", "b|phrase",
# "ref|N|phrase" (footnote call after the phrase).
# Img styles: md (<p><img></p> + <p><em>line</em></p>), mdc (line centred by an IAL), fig (the
# theme's figure include), alt (an alt text, nothing printed), imp (imported: centred image,
# centred italic line).
STORIES: list[Story] = [
    Story(
        id=13,
        slug="thông-báo-lịch-thi-k45",
        title="Thông báo lịch thi kết thúc học phần lớp Trung cấp lý luận chính trị K45",
        cat="thong-bao",
        published_at="2026-11-24",
        blocks=[
            P(
                "Khoa Xây dựng Đảng thông báo lịch thi kết thúc học phần “Xây dựng Đảng về chính"
                " trị, tư tưởng, đạo đức, tổ chức và cán bộ” đối với lớp Trung cấp lý luận chính"
                " trị hệ không tập trung K45 (mở tại Trung tâm Chính trị xã Can Lộc) như sau:"
            ),
            P("Nhóm | Số học viên | Thời gian thi | Phòng thi", "th"),
            P(
                "Nhóm 1 (từ số thứ tự 01 đến 45) | 45 | 7h30 ngày 02/12/2026 | Hội trường tầng 2",
                "tr",
            ),
            P(
                "Nhóm 2 (từ số thứ tự 46 đến 88) | 43 | 13h30 ngày 02/12/2026 | Hội trường tầng 2",
                "tr",
            ),
            P(
                "Hình thức thi: tự luận, thời gian làm bài 120 phút. Học viên có mặt tại phòng thi"
                " trước giờ thi 15 phút, mang theo thẻ học viên hoặc thẻ căn cước; không mang tài"
                " liệu, điện thoại di động vào phòng thi.",
            ),
            P(
                "Danh sách học viên đủ điều kiện dự thi được niêm yết tại Trung tâm Chính trị xã"
                " Can Lộc và đăng kèm thông báo này."
            ),
            Raw(
                f'<p><strong>Tệp đính kèm:</strong> <a href="{DOCS_DIR}/2026/ds-du-thi-k45.pdf">'
                "ds-du-thi-k45.pdf</a> (182 KB)</p>"
            ),
        ],
        opts={"at": "2026-11-24", "tags": ["dao-tao-boi-duong"]},
    ),
    Story(
        id=12,
        slug="hoi-thao-nang-cao-chat-luong-giang-day-chuyen-de-xay-dung-dang",
        title=(
            "Hội thảo khoa học “Nâng cao chất lượng giảng dạy các chuyên đề về xây dựng Đảng trong"
            " tình hình mới”"
        ),
        cat="tin-tuc",
        published_at="2026-11-23",
        summary=(
            "Chiều 23/11/2026, Khoa Xây dựng Đảng tổ chức Hội thảo khoa học cấp khoa với chủ đề"
            " “Nâng cao chất lượng giảng dạy các chuyên đề về xây dựng Đảng trong tình hình mới”,"
            " thu hút 14 tham luận của giảng viên trong và ngoài Khoa."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự Hội thảo có đồng chí Nguyễn Thị Hương, Phó Hiệu trưởng Nhà trường; đại diện"
                " lãnh đạo các khoa, phòng chuyên môn và toàn thể giảng viên Khoa Xây dựng Đảng."
                " ThS. Phạm Thị Lan, Trưởng Khoa chủ trì Hội thảo."
            ),
            Img(
                f"{IMG}/2026/11/hoi-thao-khoa-1.jpg",
                "Đồng chí Nguyễn Thị Hương, Phó Hiệu trưởng Nhà trường phát biểu tại Hội thảo",
                "Đồng chí Nguyễn Thị Hương, Phó Hiệu trưởng Nhà trường phát biểu tại Hội thảo",
                "fig",
            ),
            P(
                "Phát biểu đề dẫn, ThS. Phạm Thị Lan nhấn mạnh: sau khi sắp xếp tổ chức bộ máy và"
                " thực hiện mô hình chính quyền địa phương hai cấp, đối tượng học viên của Nhà"
                " trường có nhiều thay đổi; nhiều học viên là cán bộ cấp xã mới được bố trí, kinh"
                " nghiệm thực tiễn khác nhau. Điều đó đặt ra yêu cầu phải đổi mới nội dung, phương"
                " pháp giảng dạy các chuyên đề xây dựng Đảng cho sát với thực tiễn cơ sở."
            ),
            P("Tại Hội thảo, các đại biểu tập trung thảo luận ba nhóm vấn đề:"),
            P("Cập nhật kịp thời các văn kiện, nghị quyết mới của Đảng vào bài giảng;", "ul"),
            P(
                "Tăng cường sử dụng tình huống, ví dụ thực tiễn của tỉnh Hà Tĩnh trong giảng dạy;",
                "ul",
            ),
            P(
                "Ứng dụng công nghệ thông tin, chuyển đổi số trong tổ chức lớp học và kiểm tra,"
                " đánh giá kết quả học tập của học viên.",
                "ul",
            ),
            Img(f"{IMG}/2026/11/hoi-thao-khoa-2.jpg", None, None, "md"),
            P(
                "Kết luận Hội thảo, đồng chí Phó Hiệu trưởng ghi nhận những ý kiến tâm huyết, có"
                " tính thực tiễn cao của các tham luận; đề nghị Khoa tiếp thu, hoàn thiện đề cương"
                " bài giảng và sớm đưa các kết quả nghiên cứu vào giảng dạy ngay từ học kỳ II năm"
                " học 2026 - 2027."
            ),
            Img(
                f"{IMG}/2026/11/hoi-thao-khoa-3.jpg",
                "Các đại biểu dự Hội thảo chụp ảnh lưu niệm",
                "Các đại biểu dự Hội thảo chụp ảnh lưu niệm",
                "fig",
            ),
            Raw('<p style="text-align: right"><em>Ảnh: Lê Quang Vinh</em></p>'),
        ],
        authors=["Trần Thị Thu Hà"],
        photographers=["Lê Quang Vinh"],
        opts={
            "at": "2026-11-23 17:45",
            "meta": ["ThS. Trần Thị Thu Hà"],
            "tags": ["giang-day", "nghien-cuu-khoa-hoc"],
        },
    ),
    Story(
        id=11,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-cong-tac-can-bo",
        title=(
            "Vận dụng tư tưởng Hồ Chí Minh về công tác cán bộ vào xây dựng đội ngũ cán bộ cấp xã"
            " ở Hà Tĩnh hiện nay"
        ),
        cat="nghien-cuu",
        published_at="2026-11-20",
        summary=(
            "Tư tưởng Hồ Chí Minh về công tác cán bộ là cơ sở lý luận quan trọng để các cấp ủy"
            " đảng xây dựng đội ngũ cán bộ cấp xã đủ phẩm chất, năng lực, uy tín, ngang tầm nhiệm"
            " vụ trong bối cảnh vận hành mô hình chính quyền địa phương hai cấp."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Một số nội dung cơ bản trong tư tưởng Hồ Chí Minh về công tác cán bộ", "h2"),
            P(
                "Chủ tịch Hồ Chí Minh luôn coi cán bộ là nhân tố quyết định sự thành bại của cách"
                " mạng. Người khẳng định: “Cán bộ là cái gốc của mọi công việc”, vì vậy “huấn luyện"
                " cán bộ là công việc gốc của Đảng”.",
                ";ref|1|công việc gốc của Đảng”",
            ),
            P(
                "Theo Người, người cán bộ phải có đủ cả đức và tài, trong đó đức là gốc. Bàn về"
                " đạo đức cách mạng, Người viết:"
            ),
            P(
                "“Cũng như sông thì có nguồn mới có nước, không có nguồn thì sông cạn. Cây phải có"
                " gốc, không có gốc thì cây héo. Người cách mạng phải có đạo đức, không có đạo đức"
                " thì dù tài giỏi mấy cũng không lãnh đạo được nhân dân”.",
                "quote;ref|2|lãnh đạo được nhân dân”",
            ),
            P(
                "Cùng với đó, Người đặc biệt coi trọng việc đánh giá, lựa chọn, bố trí và sử dụng"
                " cán bộ; yêu cầu phải hiểu và đánh giá đúng cán bộ, “dùng người như dùng gỗ”, tùy"
                " tài mà dùng người, kiên quyết chống thói “ham dùng người bà con, anh em quen"
                " biết”.",
                ";ref|3|anh em quen biết”",
            ),
            P("2. Thực trạng đội ngũ cán bộ cấp xã ở Hà Tĩnh sau sắp xếp", "h2"),
            P(
                "Thực hiện chủ trương sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương"
                " hai cấp, từ ngày 01/7/2025, tỉnh Hà Tĩnh có 69 đơn vị hành chính cấp xã, gồm 60"
                " xã và 9 phường. Đội ngũ cán bộ, công chức cấp xã được bố trí từ nhiều nguồn: cán"
                " bộ cấp huyện trước đây, cán bộ, công chức cấp xã cũ và một số cán bộ được điều"
                " động từ cấp tỉnh."
            ),
            P(
                "Phần lớn cán bộ có trình độ chuyên môn đại học trở lên, được đào tạo lý luận chính"
                " trị bài bản. Tuy nhiên, một bộ phận còn lúng túng khi đảm nhận những nhiệm vụ mới"
                " được phân cấp, phân quyền; kỹ năng giải quyết công việc trực tiếp với người dân"
                " còn hạn chế.",
                ";ref|4|còn hạn chế.",
            ),
            P("3. Một số giải pháp", "h2"),
            P(
                "Thứ nhất, làm tốt công tác đánh giá cán bộ theo kết quả, sản phẩm cụ thể; lấy sự"
                " hài lòng của người dân làm thước đo quan trọng, khắc phục tình trạng đánh giá"
                " chung chung, nể nang."
            ),
            P(
                "Thứ hai, đổi mới nội dung, chương trình bồi dưỡng cán bộ cấp xã theo hướng thiết"
                " thực, gắn với vị trí việc làm; tăng thời lượng thực hành, nghiên cứu tình huống"
                " (xem thêm bài Đổi mới phương pháp giảng dạy học phần Xây dựng Đảng theo hướng phát"
                " huy tính tích cực của học viên).",
                ";a|/nghien-cuu/doi-moi-phuong-phap-giang-day-hoc-phan-xay-dung-dang/index.html"
                "|Đổi mới phương pháp giảng dạy học phần Xây dựng Đảng theo hướng phát huy tính"
                " tích cực của học viên",
            ),
            P(
                "Thứ ba, thực hiện tốt chính sách luân chuyển, điều động cán bộ giữa các xã, phường"
                " và giữa tỉnh với cơ sở; đi đôi với đó là chế độ đãi ngộ hợp lý để cán bộ yên tâm"
                " công tác."
            ),
            P(
                "Xây dựng đội ngũ cán bộ cấp xã theo tư tưởng Hồ Chí Minh là nhiệm vụ thường xuyên,"
                " lâu dài, đòi hỏi sự vào cuộc đồng bộ của cả hệ thống chính trị, trong đó vai trò"
                " của cấp ủy, người đứng đầu có ý nghĩa quyết định."
            ),
            P(
                "Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.309.",
                "fn",
            ),
            P("Hồ Chí Minh: Toàn tập, Sđd, t.5, tr.292-293.", "fn"),
            P("Hồ Chí Minh: Toàn tập, Sđd, t.5, tr.320.", "fn"),
            P(
                "Ban Tổ chức Tỉnh ủy Hà Tĩnh: Báo cáo tình hình đội ngũ cán bộ, công chức cấp xã"
                " sau sắp xếp đơn vị hành chính, tháng 9/2026.",
                "fn",
            ),
        ],
        authors=["Nguyễn Văn Tùng"],
        opts={
            "at": "2026-11-20 08:00",
            "meta": ["ThS. Nguyễn Văn Tùng"],
            "tags": ["tu-tuong-hcm", "cong-tac-can-bo"],
        },
    ),
    Story(
        id=10,
        slug="giang-vien-khoa-tham-gia-hoi-giang-cap-truong-nam-2026",
        title="Giảng viên Khoa Xây dựng Đảng tham gia Hội giảng cấp trường năm 2026",
        cat="tin-tuc",
        published_at="2026-11-18",
        blocks=[
            P(
                "Từ ngày 12 đến 16/11/2026, Trường Chính trị Trần Phú tổ chức Hội giảng giảng viên"
                " cấp trường năm 2026 chào mừng Ngày Nhà giáo Việt Nam 20/11. Khoa Xây dựng Đảng có"
                " 3 giảng viên tham gia với các bài giảng thuộc chương trình Trung cấp lý luận chính"
                " trị."
            ),
            Img(
                f"{IMG}/2026/11/hoi-giang-1.jpg",
                "ThS. Hoàng Thị Minh Nguyệt giảng bài “Công tác kiểm tra, giám sát và kỷ luật của"
                " Đảng”",
                "ThS. Hoàng Thị Minh Nguyệt giảng bài “Công tác kiểm tra, giám sát và kỷ luật của"
                " Đảng”",
                "md",
            ),
            P(
                "Các bài giảng được chuẩn bị công phu, bám sát chương trình khung của Học viện Chính"
                " trị quốc gia Hồ Chí Minh; nhiều giảng viên sử dụng linh hoạt các phương pháp thảo"
                " luận nhóm, nêu vấn đề, nghiên cứu tình huống, tạo không khí sôi nổi trong lớp học."
            ),
            Img(
                f"{IMG}/2026/11/hoi-giang-2.jpg",
                "Học viên lớp Trung cấp lý luận chính trị K44 thảo luận nhóm trong giờ hội giảng",
                "Học viên lớp Trung cấp lý luận chính trị K44 thảo luận nhóm trong giờ hội giảng",
                "md",
            ),
            P(
                "Kết quả, Khoa có 2 bài giảng đạt loại Giỏi, 1 bài giảng đạt loại Khá. ThS. Hoàng"
                " Thị Minh Nguyệt được Ban Tổ chức trao giải Nhất toàn Hội giảng."
            ),
            Raw('<p style="text-align: right"><strong>Tin, ảnh: Hồng Nhung</strong></p>'),
        ],
        authors=["Hồng Nhung"],
        photographers=["Hồng Nhung"],
        opts={"at": "2026-11-18 10:15", "tags": ["giang-day", "hoat-dong-khoa"]},
    ),
    Story(
        id=9,
        slug="nang-cao-chat-luong-sinh-hoat-chi-bo-thon-to-dan-pho",
        title=(
            "Nâng cao chất lượng sinh hoạt chi bộ thôn, tổ dân phố sau sắp xếp đơn vị hành chính"
            " cấp xã"
        ),
        cat="nghien-cuu",
        published_at="2026-11-12",
        blocks=[
            P(
                "Chi bộ thôn, tổ dân phố là tổ chức đảng trực tiếp gắn bó với nhân dân, là nơi đưa"
                " chủ trương, nghị quyết của Đảng vào cuộc sống. Chất lượng sinh hoạt chi bộ vì vậy"
                " phản ánh trực tiếp năng lực lãnh đạo và sức chiến đấu của tổ chức đảng ở cơ sở."
            ),
            P("Kết quả bước đầu", "h3"),
            P(
                "Qua khảo sát tại 12 xã, phường trên địa bàn tỉnh, nhóm nghiên cứu nhận thấy các chi"
                " bộ đã chấp hành tương đối nghiêm nền nếp sinh hoạt định kỳ; nội dung sinh hoạt"
                " từng bước được cải tiến, gắn với nhiệm vụ cụ thể của thôn, tổ dân phố."
            ),
            P("Năm | Số chi bộ được khảo sát | Sinh hoạt chuyên đề đủ 1 lần/quý | Tỷ lệ", "th"),
            P("2024 | 186 | 121 | 65,1%", "tr"),
            P("2025 | 186 | 139 | 74,7%", "tr"),
            P("9 tháng năm 2026 | 174 | 142 | 81,6%", "tr"),
            P("Nguồn: Số liệu khảo sát của nhóm tác giả, tháng 10/2026.", "note"),
            P("Hạn chế và nguyên nhân", "h3"),
            P(
                "Bên cạnh kết quả đạt được, sinh hoạt ở một số chi bộ còn đơn điệu, nặng về thông"
                " báo tình hình; việc tự phê bình và phê bình chưa thường xuyên. Sau khi sáp nhập"
                " thôn, tổ dân phố, số đảng viên trong nhiều chi bộ tăng lên, địa bàn rộng, thành"
                " phần đa dạng, trong khi năng lực của một số bí thư chi bộ chưa đáp ứng yêu cầu."
            ),
            P("Một số giải pháp", "h3"),
            P(
                "Một là, nâng cao nhận thức, trách nhiệm của cấp ủy, bí thư chi bộ và đảng viên về"
                " vị trí, vai trò của sinh hoạt chi bộ.",
                "ul",
            ),
            P(
                "Hai là, đổi mới nội dung sinh hoạt theo hướng thiết thực, chọn những vấn đề bức"
                " xúc, nổi lên ở địa bàn để bàn bạc, quyết định.",
                "ul",
            ),
            P(
                "Ba là, chuẩn bị chu đáo nội dung trước mỗi kỳ sinh hoạt; phát huy dân chủ, khuyến"
                " khích đảng viên phát biểu ý kiến.",
                "ul",
            ),
            P(
                "Bốn là, tăng cường kiểm tra, giám sát và hướng dẫn của đảng ủy xã, phường đối với"
                " sinh hoạt của các chi bộ trực thuộc.",
                "ul",
            ),
            P("Tài liệu tham khảo", "h3"),
            P(
                "Ban Bí thư: Chỉ thị số 10-CT/TW ngày 30/3/2007 về nâng cao chất lượng sinh hoạt"
                " chi bộ.",
                "ol",
            ),
            P(
                "Ban Tổ chức Trung ương: Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 về một số vấn đề"
                " cụ thể nâng cao chất lượng sinh hoạt chi bộ.",
                "ol",
            ),
        ],
        authors=["Đặng Thị Hoa", "Lê Văn Bình"],
        opts={
            "at": "2026-11-12",
            "meta": ["TS. Đặng Thị Hoa", "ThS. Lê Văn Bình"],
            "tags": ["to-chuc-co-so-dang"],
        },
    ),
    Story(
        id=8,
        slug="dang-ky-de-tai-nghien-cuu-khoa-hoc-cap-co-so-nam-2027",
        title="Thông báo về việc đăng ký đề tài nghiên cứu khoa học cấp cơ sở năm 2027",
        cat="thong-bao",
        published_at="2026-11-10",
        blocks=[
            P(
                "Thực hiện Kế hoạch hoạt động khoa học năm 2027 của Nhà trường, Khoa Xây dựng Đảng"
                " thông báo đến toàn thể giảng viên trong Khoa về việc đăng ký đề tài nghiên cứu"
                " khoa học cấp cơ sở năm 2027 như sau:"
            ),
            P("1. Yêu cầu đối với đề tài", "strong"),
            P(
                "Đề tài phải xuất phát từ yêu cầu thực tiễn của công tác giảng dạy, nghiên cứu và"
                " công tác xây dựng Đảng ở địa phương;",
                "ul",
            ),
            P("Không trùng lặp với các đề tài đã nghiệm thu trong 5 năm gần đây;", "ul"),
            P("Mỗi giảng viên chủ nhiệm không quá 01 đề tài.", "ul"),
            P("2. Thời gian và hồ sơ đăng ký", "strong"),
            P(
                "Giảng viên gửi phiếu đề xuất đề tài (theo mẫu) về Văn phòng Khoa trước ngày"
                " 30/11/2026. Khoa tổ chức họp xét chọn và gửi danh mục đề xuất về Phòng Quản lý"
                " đào tạo - Nghiên cứu khoa học trước ngày 10/12/2026."
            ),
            P("Mọi chi tiết xin liên hệ ThS. Phạm Thị Lan, Trưởng Khoa, điện thoại 0912 468 357."),
            Raw(
                f'<p><strong>Tải về:</strong> <a href="{DOCS_DIR}/2026/mau-phieu-de-xuat-de-tai-2027.pdf">'
                "mau-phieu-de-xuat-de-tai-2027.pdf</a></p>"
            ),
        ],
        opts={"at": "2026-11-10 09:00", "tags": ["nghien-cuu-khoa-hoc"]},
    ),
    Story(
        id=7,
        slug="doan-giang-vien-nghien-cuu-thuc-te-tai-xa-huong-khe",
        title="Đoàn giảng viên Khoa Xây dựng Đảng nghiên cứu thực tế tại xã Hương Khê",
        cat="tin-tuc",
        published_at="2026-11-05",
        blocks=[
            P(
                "Trong hai ngày 03 và 04/11/2026, đoàn giảng viên Khoa Xây dựng Đảng do ThS. Phạm"
                " Thị Lan, Trưởng Khoa làm trưởng đoàn đã đi nghiên cứu thực tế tại xã Hương Khê."
            ),
            P(
                "Tại buổi làm việc với Đảng ủy xã, đoàn được nghe báo cáo về tổ chức bộ máy, đội ngũ"
                " cán bộ và kết quả thực hiện nhiệm vụ chính trị của xã sau hơn một năm vận hành mô"
                " hình chính quyền địa phương hai cấp. Đảng bộ xã Hương Khê hiện có 41 chi bộ trực"
                " thuộc với hơn 2.100 đảng viên."
            ),
            Img(
                f"{IMG}/2026/11/thuc-te-huong-khe-1.jpg",
                "Đoàn công tác làm việc với Đảng ủy xã Hương Khê (Ảnh: Lê Quang Vinh)",
                "Đoàn công tác làm việc với Đảng ủy xã Hương Khê (Ảnh: Lê Quang Vinh)",
                "mdc",
            ),
            P(
                "Đoàn đã tham quan mô hình trồng bưởi Phúc Trạch theo tiêu chuẩn VietGAP, dự sinh"
                " hoạt chi bộ thôn Phúc Đông và trao đổi với bí thư chi bộ, trưởng thôn về những khó"
                " khăn trong công tác vận động quần chúng."
            ),
            Img(
                f"{IMG}/2026/11/thuc-te-huong-khe-2.jpg",
                None,
                None,
                "alt|Giảng viên dự sinh hoạt chi bộ thôn Phúc Đông",
            ),
            P(
                "Chuyến đi giúp giảng viên bổ sung nhiều tư liệu, tình huống thực tiễn phục vụ công"
                " tác giảng dạy, nghiên cứu khoa học, nhất là các chuyên đề về xây dựng tổ chức cơ"
                " sở đảng và công tác dân vận."
            ),
        ],
        authors=["Nguyễn Thị Mai Anh"],
        photographers=["Lê Quang Vinh"],
        opts={
            "at": "2026-11-05 14:00",
            "meta": ["Nguyễn Thị Mai Anh"],
            "tags": ["hoat-dong-khoa", "to-chuc-co-so-dang"],
            "nfd": True,
        },
    ),
    Story(
        id=6,
        slug="dau-tranh-phong-chong-tu-dien-bien-tu-chuyen-hoa-tren-khong-gian-mang",
        title="Đấu tranh phòng, chống biểu hiện “tự diễn biến”, “tự chuyển hóa” trên không gian mạng",
        cat="nghien-cuu",
        published_at="2026-10-28",
        summary=(
            "Không gian mạng đang trở thành môi trường mà các thế lực thù địch triệt để lợi dụng để"
            " tác động, lôi kéo, thúc đẩy “tự diễn biến”, “tự chuyển hóa” trong nội bộ. Nhận diện"
            " đúng và có giải pháp đấu tranh hiệu quả là yêu cầu cấp thiết hiện nay."
        ),
        sapo_outside=True,
        blocks=[
            P("Nhận diện biểu hiện trên không gian mạng", "h2"),
            P(
                "Nghị quyết Hội nghị Trung ương 4 khóa XII đã chỉ rõ 27 biểu hiện suy thoái về tư"
                " tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”. Trên không"
                " gian mạng, những biểu hiện này thường được che đậy khéo léo dưới hình thức “góp"
                " ý”, “phản biện”, chia sẻ thông tin chưa được kiểm chứng."
            ),
            P("Đáng chú ý là các biểu hiện:"),
            P(
                "Phát ngôn, bình luận, chia sẻ những nội dung trái với quan điểm, đường lối của"
                " Đảng;",
                "ul",
            ),
            P(
                "Tiếp tay lan truyền thông tin sai sự thật, xúc phạm uy tín của tổ chức, cá nhân;",
                "ul",
            ),
            P("Thờ ơ, né tránh, không dám đấu tranh với những quan điểm sai trái.", "ul"),
            P("Giải pháp", "h2"),
            P("Trước hết, cần tiếp tục quán triệt sâu sắc lời dạy của Chủ tịch Hồ Chí Minh:"),
            P(
                "“Một dân tộc, một đảng và mỗi con người, ngày hôm qua là vĩ đại, có sức hấp dẫn lớn,"
                " không nhất định hôm nay và ngày mai vẫn được mọi người yêu mến và ca ngợi, nếu"
                " lòng dạ không trong sáng nữa, nếu sa vào chủ nghĩa cá nhân”.",
                "quote",
            ),
            P(
                "Mỗi cán bộ, đảng viên phải nêu cao tinh thần tự giác, tự phê bình và phê bình; chủ"
                " động cung cấp thông tin tích cực, chính thống trên không gian mạng. Các cấp ủy cần"
                " phát huy vai trò của Ban Chỉ đạo 35 trong đấu tranh bảo vệ nền tảng tư tưởng của"
                " Đảng, kết hợp chặt chẽ giữa “xây” và “chống”, lấy “xây” là chính."
            ),
            Raw("<p><em>Nguồn: Tạp chí Lý luận chính trị</em></p>"),
        ],
        authors=["Hoàng Văn Nghĩa"],
        source="Tạp chí Lý luận chính trị",
        opts={
            "at": "2026-10-28 07:45",
            "meta": ["PGS.TS. Hoàng Văn Nghĩa"],
            "tags": ["nen-tang-tu-tuong", "tu-tuong-hcm"],
            "updated": "2026-11-02",
        },
    ),
    Story(
        id=5,
        slug="khoa-xay-dung-dang-trien-khai-nhiem-vu-nam-hoc-2026-2027",
        title="Khoa Xây dựng Đảng triển khai nhiệm vụ năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-10-20",
        blocks=[
            P(
                "Chiều 19/10/2026, Khoa Xây dựng Đảng tổ chức hội nghị tổng kết năm học 2025 - 2026,"
                " triển khai phương hướng, nhiệm vụ năm học 2026 - 2027."
            ),
            Img(
                f"{IMG}/2026/10/trien-khai-nam-hoc-1.jpg",
                "ThS. Phạm Thị Lan, Trưởng Khoa báo cáo tổng kết năm học 2025 - 2026",
                "ThS. Phạm Thị Lan, Trưởng Khoa báo cáo tổng kết năm học 2025 - 2026",
                "mdc",
            ),
            P(
                "Năm học 2025 - 2026, Khoa đảm nhận giảng dạy 2.460 tiết cho 18 lớp Trung cấp lý"
                " luận chính trị, các lớp bồi dưỡng cấp ủy viên cơ sở và bồi dưỡng đảng viên mới;"
                " 100% giảng viên hoàn thành định mức giờ chuẩn. Khoa chủ trì 02 đề tài khoa học cấp"
                " cơ sở, có 07 bài viết đăng trên các tạp chí, kỷ yếu hội thảo."
            ),
            P(
                "Năm học 2026 - 2027, Khoa tập trung đổi mới phương pháp giảng dạy, tăng cường đi"
                " thực tế; chủ trì lớp bồi dưỡng nghiệp vụ công tác đảng cho bí thư chi bộ (xem"
                " thông báo mở lớp); phấn đấu 100% giảng viên có bài giảng điện tử đạt yêu cầu.",
                f";a|{OLD_NOTICE}|thông báo mở lớp",
            ),
            P(
                "Dịp này, Khoa đã trao giấy khen cho 03 giảng viên có thành tích xuất sắc trong năm học."
            ),
            Raw('<p style="text-align: right"><em>Minh Châu</em></p>'),
        ],
        authors=["Minh Châu"],
        opts={"at": "2026-10-20 16:20", "tags": ["hoat-dong-khoa"]},
    ),
    Story(
        id=4,
        slug="thong-bao-mo-lop-boi-duong-nghiep-vu-cong-tac-dang-cho-bi-thu-chi-bo",
        title="Thông báo mở lớp bồi dưỡng nghiệp vụ công tác đảng cho bí thư chi bộ năm 2026",
        cat="thong-bao",
        published_at="2026-10-15",
        blocks=[
            P(
                "Thực hiện kế hoạch đào tạo, bồi dưỡng năm 2026, Trường Chính trị Trần Phú phối hợp"
                " với Ban Tổ chức Tỉnh ủy mở lớp bồi dưỡng nghiệp vụ công tác đảng cho bí thư chi bộ"
                " thôn, tổ dân phố. Khoa Xây dựng Đảng được giao chủ trì giảng dạy."
            ),
            P(
                "Đối tượng: Bí thư, phó bí thư chi bộ thôn, tổ dân phố mới được bầu hoặc chưa qua"
                " bồi dưỡng nghiệp vụ.",
                "ul;b|Đối tượng:",
            ),
            P("Thời gian: 05 ngày, từ ngày 09/11/2026 đến ngày 13/11/2026.", "ul;b|Thời gian:"),
            P(
                "Địa điểm: Hội trường A, Trường Chính trị Trần Phú, số 06 đường Nguyễn Chí Thanh,"
                " phường Thành Sen.",
                "ul;b|Địa điểm:",
            ),
            P(
                "Kinh phí: Do ngân sách tỉnh bảo đảm; học viên tự túc chi phí đi lại.",
                "ul;b|Kinh phí:",
            ),
            P(
                "Đề nghị Đảng ủy các xã, phường cử cán bộ tham gia đầy đủ, đúng thành phần; danh"
                " sách học viên gửi về Phòng Quản lý đào tạo - Nghiên cứu khoa học trước ngày"
                " 31/10/2026."
            ),
        ],
        opts={
            "at": "2026-10-15",
            "tags": ["dao-tao-boi-duong", "to-chuc-co-so-dang"],
            "redirect_from": OLD_NOTICE,
        },
    ),
    Story(
        id=3,
        slug=INDEX_TWIN_SLUG,
        title=(
            "Đổi mới phương pháp giảng dạy học phần Xây dựng Đảng theo hướng phát huy tính tích"
            " cực của học viên"
        ),
        cat="nghien-cuu",
        published_at="2026-09-30",
        blocks=[
            P(
                "Học viên các lớp Trung cấp lý luận chính trị phần lớn là cán bộ, công chức đang"
                " công tác, có kinh nghiệm thực tiễn nhưng quỹ thời gian học tập hạn chế. Vì vậy,"
                " phương pháp giảng dạy phải chuyển mạnh từ truyền thụ một chiều sang tổ chức cho"
                " học viên chủ động tìm hiểu, thảo luận, vận dụng."
            ),
            P("Những yêu cầu đặt ra", "h3"),
            P(
                "Giảng viên cần xác định rõ mục tiêu của từng bài giảng về kiến thức, kỹ năng và"
                " thái độ; lựa chọn nội dung trọng tâm, tránh dàn trải. Bài giảng phải gắn lý luận"
                " với thực tiễn công tác xây dựng Đảng ở địa phương, lấy chính kinh nghiệm của học"
                " viên làm chất liệu."
            ),
            P("Một số phương pháp cần chú trọng", "h3"),
            P(
                "Phương pháp nêu vấn đề: giảng viên đặt ra câu hỏi, tình huống có vấn đề để học viên"
                " suy nghĩ, tranh luận, tìm cách giải quyết.",
                "ol;b|Phương pháp nêu vấn đề:",
            ),
            P(
                "Phương pháp thảo luận nhóm: chia lớp thành các nhóm nhỏ, mỗi nhóm giải quyết một"
                " nội dung rồi trình bày trước lớp.",
                "ol;b|Phương pháp thảo luận nhóm:",
            ),
            P(
                "Phương pháp nghiên cứu tình huống: sử dụng các tình huống điển hình trong sinh hoạt"
                " chi bộ, công tác kiểm tra, giám sát để học viên phân tích, đề xuất cách xử lý.",
                "ol;b|Phương pháp nghiên cứu tình huống:",
            ),
            Img(
                f"{IMG}/2026/09/thao-luan-nhom-k43.jpg",
                "Học viên lớp Trung cấp lý luận chính trị K43 thảo luận nhóm",
                "Học viên lớp Trung cấp lý luận chính trị K43 thảo luận nhóm",
                "fig",
            ),
            P(
                "Để các phương pháp trên phát huy hiệu quả, cần bảo đảm các điều kiện về cơ sở vật"
                " chất, số lượng học viên mỗi lớp hợp lý và đặc biệt là sự chủ động, tâm huyết của"
                " mỗi giảng viên."
            ),
        ],
        authors=["Võ Thị Thanh Bình"],
        opts={
            "at": "2026-09-30 09:30",
            "meta": ["ThS. Võ Thị Thanh Bình"],
            "tags": ["giang-day"],
        },
    ),
    Story(
        id=2,
        slug="khoa-xay-dung-dang-tong-ket-cong-tac-nam-2025",
        title="Khoa Xây dựng Đảng tổng kết công tác năm 2025",
        cat="tin-tuc",
        published_at="2025-12-19",
        blocks=[
            P(
                "Chiều ngày 18/12/2025, Khoa Xây dựng Đảng tổ chức hội nghị tổng kết công tác năm"
                " 2025 và triển khai nhiệm vụ năm 2026."
            ),
            Img(f"{IMG}/2025/12/tong-ket-2025-1.jpg", None, None, "imp"),
            P(
                "Năm 2025 là năm có nhiều biến động về tổ chức bộ máy; tuy vậy, tập thể Khoa đã đoàn"
                " kết, nỗ lực hoàn thành tốt nhiệm vụ được giao. Khoa tham gia biên soạn tài liệu"
                " bồi dưỡng cán bộ cấp xã sau sắp xếp, phục vụ kịp thời các lớp bồi dưỡng của Nhà"
                " trường."
            ),
            P(
                "Tập thể Khoa được Hiệu trưởng tặng danh hiệu “Tập thể lao động tiên tiến”; 02"
                " giảng viên đạt danh hiệu “Chiến sĩ thi đua cơ sở”."
            ),
            Img(
                f"{IMG}/2025/12/tong-ket-2025-2.jpg",
                "Trưởng Khoa trao giấy khen cho các cá nhân tiêu biểu năm 2025",
                "Trưởng Khoa trao giấy khen cho các cá nhân tiêu biểu năm 2025",
                "imp",
            ),
        ],
        authors=["Nguyễn Thị Mai Anh"],
        opts={
            "at": "2025-12-19 17:00",
            "meta": ["Nguyễn Thị Mai Anh"],
            "tags": ["hoat-dong-khoa"],
            "imported": True,
        },
    ),
    Story(
        id=1,
        slug="giang-vien-khoa-dat-giai-nhat-hoi-thi-giang-vien-day-gioi-cap-tinh-nam-2025",
        title="Giảng viên Khoa đạt giải Nhất Hội thi giảng viên dạy giỏi cấp tỉnh năm 2025",
        cat="tin-tuc",
        published_at="2025-12-03",
        blocks=[
            P(
                "Hội thi giảng viên dạy giỏi các trường chính trị và trung tâm chính trị trong tỉnh"
                " năm 2025 diễn ra từ ngày 24 đến 28/11/2025 với sự tham gia của 32 giảng viên."
            ),
            P(
                "ThS. Hoàng Thị Minh Nguyệt, giảng viên Khoa Xây dựng Đảng xuất sắc giành giải Nhất"
                " với bài giảng “Nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở"
                " đảng”. Trước đó, ở vòng sơ khảo, ThS. Nguyễn Văn Tùng cũng đạt giải Khuyến khích.",
                f";a|{BROKEN_LINK}|vòng sơ khảo",
            ),
            Img(
                f"{IMG}/2025/12/hoi-thi-gvdg-2025.jpg",
                "ThS. Hoàng Thị Minh Nguyệt (thứ hai từ trái sang) nhận giải Nhất Hội thi",
                "ThS. Hoàng Thị Minh Nguyệt (thứ hai từ trái sang) nhận giải Nhất Hội thi",
                "imp",
            ),
            P(
                "Kết quả này khẳng định chất lượng đội ngũ giảng viên của Khoa, đồng thời là nguồn"
                " động viên để Khoa tiếp tục đổi mới phương pháp giảng dạy."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Minh Châu - Ảnh: Lê Quang Vinh'
                "</strong></p>"
            ),
        ],
        authors=["Minh Châu"],
        photographers=["Lê Quang Vinh"],
        opts={"at": "2025-12-03", "tags": ["giang-day"], "imported": True},
    ),
]

POSTS = sorted(STORIES, key=lambda s: s.opts["at"], reverse=True)
_BY_CAT = {c: [s for s in POSTS if s.cat == c] for c in CATS}


def _when(s: Story) -> datetime:
    at = s.opts["at"]
    return (
        datetime.strptime(at, "%Y-%m-%d %H:%M") if " " in at else datetime.strptime(at, "%Y-%m-%d")
    )


def _iso(d: datetime | date) -> str:
    if not isinstance(d, datetime):
        d = datetime(d.year, d.month, d.day)
    return f"{d:%Y-%m-%dT%H:%M:%S}+07:00"


def _dmy(d: datetime | date) -> str:
    return f"{d:%d/%m/%Y}"


def post_path(s: Story) -> str:
    """The permalink as Jekyll writes it in links (non-ASCII percent-encoded, upper-case hex)."""
    if s.cat == "nghien-cuu":
        return f"/nghien-cuu/{s.slug}/"
    return f"/{s.cat}/{_when(s):%Y/%m/%d}/{quote(s.slug)}.html"


def _strip_title(name: str) -> str:
    return re.sub(r"^(?:(?:PGS|GS|TS|ThS|NCS|CN)\.\s*)+", "", name)


GOLD: list[dict] = [
    gold_record(
        s,
        post_path(s),
        CATS[s.cat],
        alt_paths=[post_path(s) + "index.html"] if s.cat == "nghien-cuu" else (),
    )
    for s in POSTS
]

PAGES: dict[str, str] = {
    "/gioi-thieu/": "Giới thiệu",
    "/lien-he/": "Liên hệ",
    "/tai-lieu/": "Tài liệu",
    "/thu-vien-anh/": "Thư viện ảnh",
    "/tim-kiem/": "Tìm kiếm",
}
HOME_PAGES = (len(POSTS) + PER_PAGE - 1) // PER_PAGE

NON_ARTICLES: list[str] = [
    "/",
    *(f"/page{n}/" for n in range(2, HOME_PAGES + 1)),
    *(f"/chuyen-muc/{c}/" for c in CATS),
    "/archive/",
    "/tags/",
    *PAGES,
    "/404.html",
    "/feed.xml",
]

DOCS: list[tuple[str, str, str, int]] = [
    # path, title, issued, size in KB
    (f"{DOCS_DIR}/2026/ds-du-thi-k45.pdf", "Danh sách học viên lớp K45 đủ điều kiện dự thi", "24/11/2026", 182),
    (f"{DOCS_DIR}/2026/mau-phieu-de-xuat-de-tai-2027.pdf", "Mẫu phiếu đề xuất đề tài khoa học cấp cơ sở năm 2027", "10/11/2026", 96),
    (f"{DOCS_DIR}/2026/de-cuong-on-tap-xdd-tccl.pdf", "Đề cương ôn tập học phần Xây dựng Đảng (hệ Trung cấp)", "02/10/2026", 415),
    (f"{DOCS_DIR}/2025/chuong-trinh-boi-duong-bi-thu-chi-bo.pdf", "Chương trình bồi dưỡng nghiệp vụ công tác đảng cho bí thư chi bộ", "15/12/2025", 268),
]  # fmt: skip
_DOC_FILES = {d[0] for d in DOCS}

ALBUM: list[tuple[str, str]] = [
    ("album-2026-01.jpg", "Lễ khai giảng lớp Trung cấp lý luận chính trị K45"),
    ("album-2026-02.jpg", "Giảng viên Khoa dự Hội thảo khoa học cấp trường"),
    ("album-2026-03.jpg", "Đoàn nghiên cứu thực tế tại xã Hương Khê"),
    ("album-2026-04.jpg", "Sinh hoạt chuyên môn tháng 10/2026"),
    ("album-2026-05.jpg", "Hội giảng giảng viên cấp trường năm 2026"),
    ("album-2026-06.jpg", "Tập thể Khoa Xây dựng Đảng năm học 2026 - 2027"),
]


# --- kramdown (GFM) output -------------------------------------------------------------------


def _gfm_id(value: str) -> str:
    """kramdown-parser-gfm's header id: lower case, non-word characters dropped, spaces to '-'."""
    out = re.sub(r"[^\w\- \t]", "", value.lower())
    return re.sub(r"[ \t]", "-", out)


def _tx(s: Story, value: str) -> str:
    return text(value, nfd=bool(s.opts.get("nfd")))


def _inline(s: Story, p: P) -> str:
    out = _tx(s, p.text)
    for op in p.style.split(";")[1:]:
        kind, *args = op.split("|")
        if kind == "a":
            href, phrase = args
            target = _tx(s, phrase)
            out = out.replace(target, f'<a href="{esc(href)}">{target}</a>', 1)
        elif kind == "b":
            target = _tx(s, args[0])
            out = out.replace(target, f"<strong>{target}</strong>", 1)
        elif kind == "ref":
            n, phrase = args
            target = _tx(s, phrase)
            call = (
                f'<sup id="fnref:{n}" role="doc-noteref"><a href="#fn:{n}" class="footnote"'
                f' rel="footnote">{n}</a></sup>'
            )
            assert target in out, (s.slug, phrase)
            out = out.replace(target, target + call, 1)
    return out


def _kind(p: P) -> str:
    return p.style.split(";")[0]


def _image(s: Story, img: Img) -> str:
    style, _, alt = img.style.partition("|")
    src = esc(img.src)
    line = _tx(s, img.printed) if img.printed else ""
    if style == "fig":
        return (
            f'<figure class="image">\n  <img src="{src}" alt="{esc(img.printed or "")}" />\n'
            f"  <figcaption>{line}</figcaption>\n</figure>"
        )
    if style == "imp":
        tag = f'<p style="text-align: center;"><img src="{src}" alt="" width="700" height="466" /></p>'
        if line:
            tag += f'\n<p style="text-align: center;"><em>{line}</em></p>'
        return tag
    tag = f'<p><img src="{src}" alt="{esc(alt)}" /></p>'
    if line and style == "mdc":
        tag += f'\n<p style="text-align: center;"><em>{line}</em></p>'
    elif line:
        tag += f"\n<p><em>{line}</em></p>"
    return tag


def render_content(s: Story) -> str:
    """The post's ``{{ content }}``: what kramdown (or the imported HTML) made of it."""
    parts: list[str] = []
    notes: list[P] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P):
            kind = _kind(b)
            if kind in ("ul", "ol", "quote", "th", "tr"):
                group = kind if kind in ("ul", "ol", "quote") else "table"
                run: list[P] = []
                while i < len(blocks) and isinstance(blocks[i], P):
                    k = _kind(blocks[i])
                    if (
                        k if k in ("ul", "ol", "quote") else "table" if k in ("th", "tr") else ""
                    ) != group:
                        break
                    run.append(blocks[i])
                    i += 1
                if group in ("ul", "ol"):
                    items = "\n".join(f"  <li>{_inline(s, p)}</li>" for p in run)
                    parts.append(f"<{group}>\n{items}\n</{group}>")
                elif group == "quote":
                    inner = "\n".join(f"  <p>{_inline(s, p)}</p>" for p in run)
                    parts.append(f"<blockquote>\n{inner}\n</blockquote>")
                else:
                    head = [p for p in run if _kind(p) == "th"]
                    body = [p for p in run if _kind(p) == "tr"]

                    def row(p: P, tag: str) -> str:
                        cells = "".join(
                            f"\n      <{tag}>{_tx(s, c)}</{tag}>" for c in p.text.split(" | ")
                        )
                        return f"    <tr>{cells}\n    </tr>"

                    parts.append(
                        "<table>\n  <thead>\n"
                        + "\n".join(row(p, "th") for p in head)
                        + "\n  </thead>\n  <tbody>\n"
                        + "\n".join(row(p, "td") for p in body)
                        + "\n  </tbody>\n</table>"
                    )
                continue
            if kind in ("h2", "h3"):
                parts.append(f'<{kind} id="{esc(_gfm_id(b.text))}">{_inline(s, b)}</{kind}>')
            elif kind == "fn":
                notes.append(b)
            elif kind == "note":
                parts.append(f"<p><em>{_inline(s, b)}</em></p>")
            elif kind == "strong":
                parts.append(f"<p><strong>{_inline(s, b)}</strong></p>")
            elif s.opts.get("imported"):
                parts.append(f'<p style="text-align: justify;">{_inline(s, b)}</p>')
            else:
                parts.append(f"<p>{_inline(s, b)}</p>")
        elif isinstance(b, Img):
            parts.append(_image(s, b))
        else:
            parts.append(b.html)
        i += 1
    if notes:
        items = "\n".join(
            f'    <li id="fn:{n}" role="doc-endnote">\n      <p>{_tx(s, p.text)}'
            f' <a href="#fnref:{n}" class="reversefootnote" role="doc-backlink">&#8617;</a></p>\n'
            "    </li>"
            for n, p in enumerate(notes, 1)
        )
        parts.append(
            f'<div class="footnotes" role="doc-endnotes">\n  <ol>\n{items}\n  </ol>\n</div>'
        )
    markup = "\n\n".join(parts)
    return entity_mix(markup, 2) if s.opts.get("imported") else markup


# --- chrome ------------------------------------------------------------------------------------

_NAV = [
    ("/gioi-thieu/", "Giới thiệu"),
    ("/chuyen-muc/tin-tuc/", "Tin hoạt động"),
    ("/chuyen-muc/nghien-cuu/", "Nghiên cứu - Trao đổi"),
    ("/chuyen-muc/thong-bao/", "Thông báo"),
    ("/tai-lieu/", "Tài liệu"),
    ("/thu-vien-anh/", "Thư viện ảnh"),
    ("/archive/", "Lưu trữ"),
    ("/lien-he/", "Liên hệ"),
]


def _excerpt(s: Story, words: int = 35) -> str:
    if s.summary:
        return s.summary
    first = next(b.text for b in s.blocks if isinstance(b, P))
    parts = first.split()
    return first if len(parts) <= words else " ".join(parts[:words]) + "..."


def _seo(
    request: Request, title: str, path: str, s: Story | None = None, desc: str | None = None
) -> str:
    base = base_url(request)
    full = (
        f"{title} | {SITE}" if title != SITE else f"{SITE} | Trường Chính trị Trần Phú tỉnh Hà Tĩnh"
    )
    desc = desc or "Trang thông tin của Khoa Xây dựng Đảng, Trường Chính trị Trần Phú tỉnh Hà Tĩnh"
    lines = [
        "<!-- Begin Jekyll SEO tag v2.8.0 -->",
        f"<title>{esc(full)}</title>",
        '<meta name="generator" content="Jekyll v4.3.4" />',
        f'<meta property="og:title" content="{esc(title)}" />',
    ]
    if s is not None and s.opts.get("meta"):
        lines.append(f'<meta name="author" content="{esc(s.opts["meta"][0])}" />')
    lines += [
        '<meta property="og:locale" content="vi_VN" />',
        f'<meta name="description" content="{esc(desc)}" />',
        f'<meta property="og:description" content="{esc(desc)}" />',
        f'<link rel="canonical" href="{base}{path}" />',
        f'<meta property="og:url" content="{base}{path}" />',
        f'<meta property="og:site_name" content="{esc(SITE_TITLE)}" />',
    ]
    if s is not None:
        when = _iso(_when(s))
        if s.images:
            lines.append(f'<meta property="og:image" content="{base}{s.images[0].src}" />')
        lines += [
            '<meta property="og:type" content="article" />',
            f'<meta property="article:published_time" content="{when}" />',
            '<meta name="twitter:card" content="summary_large_image" />',
            f'<meta property="twitter:title" content="{esc(title)}" />',
        ]
        modified = (
            _iso(datetime.strptime(s.opts["updated"], "%Y-%m-%d"))
            if s.opts.get("updated")
            else when
        )
        ld: dict = {"@context": "https://schema.org", "@type": "BlogPosting"}
        if s.opts.get("meta"):
            ld["author"] = {"@type": "Person", "name": s.opts["meta"][0]}
        ld |= {
            "dateModified": modified,
            "datePublished": when,
            "description": desc,
            "headline": title,
        }
        if s.images:
            ld["image"] = f"{base}{s.images[0].src}"
        ld |= {
            "mainEntityOfPage": {"@type": "WebPage", "@id": f"{base}{path}"},
            "publisher": {
                "@type": "Organization",
                "logo": {"@type": "ImageObject", "url": f"{base}{IMG}/logo-tct.png"},
                "name": SITE,
            },
            "url": f"{base}{path}",
        }
    else:
        lines += [
            '<meta property="og:type" content="website" />',
            '<meta name="twitter:card" content="summary" />',
        ]
        ld = {"@context": "https://schema.org", "@type": "WebPage", "description": desc,
              "headline": title, "url": f"{base}{path}"}  # fmt: skip
    lines.append(
        '<script type="application/ld+json">\n'
        + json.dumps(ld, ensure_ascii=False, separators=(",", ":"))
        + "</script>"
    )
    lines.append("<!-- End Jekyll SEO tag -->")
    return "\n".join(lines)


def _head(
    request: Request, title: str, path: str, s: Story | None = None, desc: str | None = None
) -> str:
    base = base_url(request)
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head>\n  <meta charset="utf-8">\n'
        '  <meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
        '  <meta name="viewport" content="width=device-width, initial-scale=1">'
        + _seo(request, title, path, s, desc)
        + '\n<link rel="stylesheet" href="/assets/css/style.css?v=4b7e1d2">'
        f'<link type="application/atom+xml" rel="alternate" href="{base}/feed.xml" title="{esc(SITE)}" />'
        '\n<link rel="icon" href="/favicon.ico">\n</head>'
    )


def _header() -> str:
    links = "\n".join(f'          <a class="page-link" href="{h}">{esc(t)}</a>' for h, t in _NAV)
    return f"""<body><header class="site-header" role="banner">
  <div class="top-strip">
    <div class="wrapper"><span class="school-name">{esc(SCHOOL)}</span>
      <span class="header-date" id="ngay-hien-tai">{TODAY}</span></div>
  </div>
  <div class="wrapper"><a class="site-title" rel="author" href="/"><img src="{IMG}/logo-tct.png" alt="Logo Trường Chính trị Trần Phú" width="56" height="56"> <span>{esc(SITE)}</span></a><nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" />
        <label for="nav-trigger">
          <span class="menu-icon">
            <svg viewBox="0 0 18 15" width="18px" height="15px">
              <path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0 h15.032C17.335,0,18,0.665,18,1.484L18,1.484z"/>
            </svg>
          </span>
        </label>
        <div class="trigger">
          <a class="page-link" href="/">Trang chủ</a>
{links}
        </div>
      </nav>
      <form class="header-search" action="/tim-kiem/" method="get" role="search">
        <input type="search" name="q" placeholder="Tìm bài viết..." aria-label="Tìm kiếm">
        <button type="submit">Tìm</button>
      </form>
      <a class="elearning-login" href="https://elearning.truongchinhtritranphu.edu.vn/login/index.php">Đăng nhập E-learning</a></div>
</header>
<script>/* cập nhật ngày hiện tại */ (function(){{var t=document.getElementById('ngay-hien-tai');}})();</script>
"""


def _sidebar() -> str:
    recent = "\n".join(
        f'        <li><a href="{post_path(s)}">{esc(s.title)}</a>'
        f'<span class="widget-date">{_dmy(_when(s))}</span></li>'
        for s in POSTS[:5]
    )
    cats = "\n".join(
        f'        <li><a href="/chuyen-muc/{c}/">{esc(n)}</a> <span class="count">({len(_BY_CAT[c])})</span></li>'
        for c, n in CATS.items()
    )
    return f"""    <aside class="sidebar">
      <div class="widget widget-recent">
        <h3 class="widget-title">Bài viết mới</h3>
        <ul>
{recent}
        </ul>
      </div>
      <div class="widget widget-categories">
        <h3 class="widget-title">Chuyên mục</h3>
        <ul>
{cats}
        </ul>
      </div>
      <div class="widget widget-links">
        <h3 class="widget-title">Liên kết</h3>
        <a href="https://hatinh.gov.vn" target="_blank" rel="noopener"><img src="{IMG}/banner/cong-ttdt-ha-tinh.jpg" alt="Cổng thông tin điện tử tỉnh Hà Tĩnh"></a>
        <a href="https://www.tapchicongsan.org.vn" target="_blank" rel="noopener"><img src="{IMG}/banner/tap-chi-cong-san.jpg" alt="Tạp chí Cộng sản"></a>
        <a href="http://lyluanchinhtri.vn" target="_blank" rel="noopener"><img src="{IMG}/banner/tap-chi-llct.jpg" alt="Tạp chí Lý luận chính trị"></a>
        <a href="https://truongchinhtritranphu.edu.vn" target="_blank" rel="noopener"><img src="{IMG}/banner/truong-chinh-tri.jpg" alt="Trường Chính trị Trần Phú"></a>
      </div>
      <div class="widget widget-counter">
        <h3 class="widget-title">Thống kê truy cập</h3>
        <p>Đang truy cập: <span id="sc-online">3</span></p>
        <p>Hôm nay: <span id="sc-today">86</span></p>
        <p>Tổng lượt truy cập: <span id="sc-total">152.348</span></p>
        <noscript><img src="https://c.statcounter.com/12934567/0/5a1b2c3d/1/" alt="Lượt truy cập"></noscript>
      </div>
    </aside>"""


def _footer() -> str:
    return f"""<footer class="site-footer h-card">
  <data class="u-url" href="/"></data>

  <div class="wrapper">

    <h2 class="footer-heading">{esc(SITE)} - {esc(SCHOOL)}</h2>

    <div class="footer-col-wrapper">
      <div class="footer-col footer-col-1">
        <ul class="contact-list">
          <li class="p-name">{esc(SITE)}</li>
          <li>Địa chỉ: {esc(ADDRESS)}</li>
          <li>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE}</li>
          <li><a class="u-email" href="mailto:{EMAIL}">{EMAIL}</a></li>
        </ul>
      </div>

      <div class="footer-col footer-col-2"><ul class="social-media-list">
          <li><a href="https://www.facebook.com/truongchinhtritranphuhatinh"><span class="username">Fanpage Nhà trường</span></a></li>
          <li><a href="/feed.xml"><span class="username">Đăng ký nhận tin (RSS)</span></a></li>
          <li><a href="/tim-kiem/"><span class="username">Tìm kiếm bài viết</span></a></li>
        </ul>
      </div>

      <div class="footer-col footer-col-3">
        <p>Trang thông tin của Khoa Xây dựng Đảng: tin hoạt động, nghiên cứu - trao đổi, thông báo đào tạo, bồi dưỡng.</p>
        <p>© 2026 {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>
      </div>
    </div>

  </div>

</footer>
</body>

</html>
"""


def _page(request: Request, title: str, path: str, main: str, *, s: Story | None = None,
          desc: str | None = None, crumbs: str = "") -> str:  # fmt: skip
    return (
        _head(request, title, path, s, desc)
        + "\n"
        + _header()
        + '<main class="page-content" aria-label="Content">\n      <div class="wrapper">\n'
        + '  <div class="layout-two-col">\n    <div class="main-col">\n'
        + crumbs
        + main
        + "\n    </div>\n"
        + _sidebar()
        + "\n  </div>\n      </div>\n    </main>"
        + _footer()
    )


def _crumbs(*items: tuple[str, str | None]) -> str:
    links = ['<a href="/">Trang chủ</a>']
    for label, href in items:
        links.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return f'<nav class="breadcrumbs" aria-label="breadcrumb">{" › ".join(links)}</nav>\n'


def _meta_line(s: Story) -> str:
    when = _when(s)
    out = (
        f'<time class="dt-published" datetime="{_iso(when)}" itemprop="datePublished">'
        f"{_dmy(when)}\n      </time>"
    )
    if s.opts.get("updated"):
        up = datetime.strptime(s.opts["updated"], "%Y-%m-%d")
        out += (
            f' · Cập nhật: <time class="dt-updated" datetime="{_iso(up)}" itemprop="dateModified">'
            f"{_dmy(up)}</time>"
        )
    names = s.opts.get("meta") or []
    if names:
        out += "• " + ", ".join(
            '<span itemprop="author" itemscope itemtype="http://schema.org/Person">'
            f'<span class="p-author h-card" itemprop="name">{esc(n)}</span></span>'
            for n in names
        )
    if s.cat == "nghien-cuu":
        words = sum(len(b.text.split()) for b in s.blocks if isinstance(b, P))
        out += f' <span class="reading-time">· {max(1, round(words / 200))} phút đọc</span>'
    return out


def _article(request: Request, s: Story) -> str:
    base = base_url(request)
    path = post_path(s)
    i = POSTS.index(s)
    older = POSTS[i + 1] if i + 1 < len(POSTS) else None
    newer = POSTS[i - 1] if i > 0 else None
    desc = s.summary or _excerpt(s, 10_000)
    sapo = (
        f'\n    <div class="post-description p-summary" itemprop="description">{_tx(s, s.summary)}</div>'
        if s.summary
        else ""
    )
    tags = " ".join(
        f'<a class="tag" href="/tags/#{esc(_tag_anchor(t))}">{esc(TAGS[t])}</a>'
        for t in s.opts.get("tags", [])
    )
    related = [r for r in _BY_CAT[s.cat] if r is not s][:4]
    rel = "\n".join(
        f'        <li><a href="{post_path(r)}">{esc(r.title)}</a> <small>({_dmy(_when(r))})</small></li>'
        for r in related
    )
    share_url = quote(base + path, safe="")
    nav = '<nav class="post-nav">'
    if older:
        nav += f'<a class="prev" href="{post_path(older)}" rel="prev">« Bài trước: {esc(older.title)}</a>'
    if newer:
        nav += f'<a class="next" href="{post_path(newer)}" rel="next">Bài sau: {esc(newer.title)} »</a>'
    nav += "</nav>"
    main = f"""<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">

  <header class="post-header">
    <h1 class="post-title p-name" itemprop="name headline">{_tx(s, s.title)}</h1>
    <p class="post-meta">
      {_meta_line(s)}</p>{sapo}
  </header>

  <div class="post-content e-content" itemprop="articleBody">
    {render_content(s)}

  </div>

  <footer class="post-footer">
    <div class="post-tags"><span class="label">Từ khóa:</span> {tags}</div>
    <div class="share-box">
      <span>Chia sẻ:</span>
      <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener">Facebook</a>
      <a class="share-zalo" href="https://sp.zalo.me/share_inline?url={share_url}" target="_blank" rel="noopener">Zalo</a>
      <a class="share-mail" href="mailto:?subject={quote(s.title)}&amp;body={share_url}">Gửi email</a>
      <a class="share-print" href="javascript:window.print()">In bài viết</a>
    </div>
    <div class="related">
      <h2>Bài viết cùng chủ đề</h2>
      <ul class="related-posts">
{rel}
      </ul>
    </div>
  </footer><div id="disqus_thread"></div>
  <script>
    var disqus_config = function () {{
      this.page.url = '{base}{path}';
      this.page.identifier = '{base}{path}';
    }};
    (function() {{
      var d = document, s = d.createElement('script');
      s.src = 'https://khoaxdd-tct.disqus.com/embed.js';
      s.setAttribute('data-timestamp', +new Date());
      (d.head || d.body).appendChild(s);
    }})();
  </script>
  <noscript>Vui lòng bật JavaScript để xem <a href="https://disqus.com/?ref_noscript" rel="nofollow">bình luận do Disqus cung cấp.</a></noscript><a class="u-url" href="{path}" hidden></a>
</article>
{nav}"""
    return _page(
        request, s.title, path, main, s=s, desc=desc,
        crumbs=_crumbs((CATS[s.cat], f"/chuyen-muc/{s.cat}/"), (s.title, None)),
    )  # fmt: skip


def _list_item(s: Story) -> str:
    thumb = (
        f'<a class="post-thumb" href="{post_path(s)}"><img src="{s.images[0].src}" alt="" loading="lazy"></a>'
        if s.images
        else ""
    )
    return (
        f'<li class="post-item">{thumb}\n          <span class="post-meta">{_dmy(_when(s))} · '
        f'<a class="post-category" href="/chuyen-muc/{s.cat}/">{esc(CATS[s.cat])}</a></span>\n'
        f'          <h3>\n            <a class="post-link" href="{post_path(s)}">\n'
        f"              {esc(s.title)}\n            </a>\n          </h3>"
        f'<div class="post-excerpt"><p>{esc(_excerpt(s))}</p></div></li>'
    )


def _home(request: Request, n: int) -> str:
    items = POSTS[(n - 1) * PER_PAGE : n * PER_PAGE]
    lst = "\n".join(f"        {_list_item(s)}" for s in items)

    def page_href(k: int) -> str:
        return "/" if k == 1 else f"/page{k}/"

    pager = ['<div class="pager">', '  <ul class="pagination">']
    if n > 1:
        pager.append(
            f'<li><a href="{page_href(n - 1)}" class="previous-page">« Trang trước</a></li>'
        )
    for k in range(1, HOME_PAGES + 1):
        if k == n:
            pager.append(f'<li><div class="current-page">{k}</div></li>')
        else:
            pager.append(f'<li><a href="{page_href(k)}" class="page-number">{k}</a></li>')
    if n < HOME_PAGES:
        pager.append(f'<li><a href="{page_href(n + 1)}" class="next-page">Trang sau »</a></li>')
    pager += ["  </ul>", f'  <p class="page-of">Trang {n} / {HOME_PAGES}</p>', "</div>"]
    main = f"""<div class="home"><div class="home-intro">
<p>Chào mừng quý thầy cô và học viên đến với Trang thông tin của <strong>Khoa Xây dựng Đảng</strong> - {esc(SCHOOL)}. Trang cập nhật tin hoạt động, bài nghiên cứu - trao đổi và thông báo về đào tạo, bồi dưỡng của Khoa.</p>
</div>
<h2 class="post-list-heading">Bài viết mới</h2>
      <ul class="post-list">
{lst}
      </ul>

{chr(10).join(pager)}
</div>"""
    path = page_href(n)
    return _page(request, SITE, path, main)


def _category(request: Request, cat: str) -> str:
    lst = "\n".join(f"        {_list_item(s)}" for s in _BY_CAT[cat])
    main = (
        f'<div class="archive">\n  <h1 class="page-heading">{esc(CATS[cat])}</h1>\n'
        f'  <p class="archive-count">{len(_BY_CAT[cat])} bài viết</p>\n'
        f'      <ul class="post-list">\n{lst}\n      </ul>\n</div>'
    )
    return _page(request, CATS[cat], f"/chuyen-muc/{cat}/", main,
                 crumbs=_crumbs((CATS[cat], None)))  # fmt: skip


def _archive(request: Request) -> str:
    blocks = []
    for year in sorted({_when(s).year for s in POSTS}, reverse=True):
        items = "\n".join(
            f'  <li><span class="archive-date">{_dmy(_when(s))}</span> » '
            f'<a href="{post_path(s)}">{esc(s.title)}</a></li>'
            for s in POSTS
            if _when(s).year == year
        )
        blocks.append(f'<h2 id="{year}">{year}</h2>\n<ul class="archive-list">\n{items}\n</ul>')
    main = (
        '<article class="post">\n  <header class="post-header"><h1 class="post-title">Lưu trữ bài viết</h1></header>\n'
        '  <div class="post-content">\n' + "\n".join(blocks) + "\n  </div>\n</article>"
    )
    return _page(request, "Lưu trữ bài viết", "/archive/", main, crumbs=_crumbs(("Lưu trữ", None)))


def _tag_anchor(tag: str) -> str:
    return TAGS[tag].replace(", ", "-").replace(" ", "-").lower()


def _tags(request: Request) -> str:
    cloud = " ".join(
        f'<a href="#{esc(_tag_anchor(t))}" class="tag-cloud-item">{esc(name)} '
        f"<sup>{sum(t in s.opts.get('tags', []) for s in POSTS)}</sup></a>"
        for t, name in TAGS.items()
    )
    sections = []
    for t, name in TAGS.items():
        items = "\n".join(
            f'    <li><a href="{post_path(s)}">{esc(s.title)}</a> <small>{_dmy(_when(s))}</small></li>'
            for s in POSTS
            if t in s.opts.get("tags", [])
        )
        sections.append(f'<h2 id="{esc(_tag_anchor(t))}">{esc(name)}</h2>\n<ul>\n{items}\n</ul>')
    main = (
        '<article class="post">\n  <header class="post-header"><h1 class="post-title">Từ khóa</h1></header>\n'
        f'  <div class="post-content">\n<div class="tag-cloud">{cloud}</div>\n'
        + "\n".join(sections)
        + "\n  </div>\n</article>"
    )
    return _page(request, "Từ khóa", "/tags/", main, crumbs=_crumbs(("Từ khóa", None)))


def _static_page(request: Request, path: str, body: str) -> str:
    title = PAGES[path]
    main = (
        f'<article class="post">\n\n  <header class="post-header">\n    <h1 class="post-title">{esc(title)}</h1>\n'
        f'  </header>\n\n  <div class="post-content">\n    {body}\n  </div>\n\n</article>'
    )
    return _page(request, title, path, main, crumbs=_crumbs((title, None)))


_ABOUT = """<p>Khoa Xây dựng Đảng là đơn vị chuyên môn trực thuộc Trường Chính trị Trần Phú tỉnh Hà Tĩnh, có chức năng tham mưu cho Hiệu trưởng về công tác giảng dạy, nghiên cứu khoa học thuộc chuyên ngành xây dựng Đảng.</p>
<h2 id="chức-năng-nhiệm-vụ">Chức năng, nhiệm vụ</h2>
<ul>
  <li>Giảng dạy các học phần về xây dựng Đảng trong chương trình Trung cấp lý luận chính trị và các lớp bồi dưỡng;</li>
  <li>Nghiên cứu khoa học, tổng kết thực tiễn công tác xây dựng Đảng ở địa phương;</li>
  <li>Biên soạn, cập nhật đề cương bài giảng, tài liệu tham khảo phục vụ học viên.</li>
</ul>
<h2 id="đội-ngũ">Đội ngũ</h2>
<table>
  <thead>
    <tr><th>Họ và tên</th><th>Chức vụ</th></tr>
  </thead>
  <tbody>
    <tr><td>ThS. Phạm Thị Lan</td><td>Trưởng Khoa</td></tr>
    <tr><td>ThS. Nguyễn Văn Tùng</td><td>Phó Trưởng Khoa</td></tr>
    <tr><td>ThS. Hoàng Thị Minh Nguyệt</td><td>Giảng viên chính</td></tr>
    <tr><td>ThS. Võ Thị Thanh Bình</td><td>Giảng viên</td></tr>
    <tr><td>CN. Nguyễn Thị Mai Anh</td><td>Giảng viên, phụ trách trang thông tin</td></tr>
  </tbody>
</table>
<p>Khoa hiện có 7 viên chức, trong đó 6 người có trình độ thạc sĩ, 1 nghiên cứu sinh.</p>"""

_CONTACT = f"""<p><strong>{esc(SITE)} - {esc(SCHOOL)}</strong></p>
<p>Địa chỉ: {esc(ADDRESS)}<br>
Điện thoại: {PHONE}<br>
Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3780.2!2d105.8957!3d18.3429" width="100%" height="320" style="border:0;" allowfullscreen="" loading="lazy"></iframe>
<h2 id="gửi-ý-kiến">Gửi ý kiến</h2>
<form action="https://formspree.io/f/xzbqkdla" method="POST" class="contact-form">
  <label>Họ và tên <input type="text" name="name" required></label>
  <label>Email <input type="email" name="_replyto" required></label>
  <label>Nội dung <textarea name="message" rows="5"></textarea></label>
  <button type="submit">Gửi</button>
</form>"""


def _docs_body() -> str:
    rows = "\n".join(
        f"    <tr>\n      <td>{i}</td>\n      <td>{esc(t)}</td>\n      <td>{d}</td>\n"
        f'      <td><a href="{p}">Tải về</a> ({k} KB)</td>\n    </tr>'
        for i, (p, t, d, k) in enumerate(DOCS, 1)
    )
    return (
        "<p>Tài liệu phục vụ giảng dạy, học tập và các biểu mẫu của Khoa.</p>\n<table>\n  <thead>\n"
        "    <tr>\n      <th>TT</th>\n      <th>Tên tài liệu</th>\n      <th>Ngày đăng</th>\n"
        f"      <th>Tệp</th>\n    </tr>\n  </thead>\n  <tbody>\n{rows}\n  </tbody>\n</table>"
    )


def _album_body() -> str:
    figs = "\n".join(
        f'  <figure class="gallery-item"><a href="{IMG}/album/{f.replace(".jpg", "-lon.jpg")}">'
        f'<img src="{IMG}/album/{f}" alt="{esc(c)}" loading="lazy"></a><figcaption>{esc(c)}</figcaption></figure>'
        for f, c in ALBUM
    )
    return f'<p>Một số hình ảnh hoạt động của Khoa năm 2026.</p>\n<div class="gallery">\n{figs}\n</div>'


_SEARCH = """<div class="search-page">
  <input type="text" id="search-input" placeholder="Nhập từ khóa..." autofocus>
  <ul id="results-container"></ul>
</div>
<script src="/assets/js/simple-jekyll-search.min.js"></script>
<script>
  var sjs = SimpleJekyllSearch({
    searchInput: document.getElementById('search-input'),
    resultsContainer: document.getElementById('results-container'),
    json: '/search.json',
    searchResultTemplate: '<li><a href="{url}">{title}</a> <small>{date}</small></li>',
    noResultsText: 'Không tìm thấy bài viết phù hợp.'
  });
  var q = new URLSearchParams(location.search).get('q'); if (q) { document.getElementById('search-input').value = q; }
</script>"""


def _not_found(request: Request) -> str:
    main = """<div class="container-404">
  <h1>404</h1>
  <p><strong>Không tìm thấy trang</strong></p>
  <p>Trang bạn yêu cầu không tồn tại hoặc đã được chuyển sang địa chỉ khác. Mời bạn quay về <a href="/">Trang chủ</a> hoặc xem <a href="/archive/">Lưu trữ bài viết</a>.</p>
</div>"""
    return _page(request, "Không tìm thấy trang", "/404.html", main)


def _redirect_stub(request: Request, s: Story) -> str:
    target = base_url(request) + post_path(s)
    return f"""<!DOCTYPE html>
<html lang="en-US">
  <meta charset="utf-8">
  <title>Redirecting&hellip;</title>
  <link rel="canonical" href="{target}">
  <script>location="{target}"</script>
  <meta http-equiv="refresh" content="0; url={target}">
  <meta name="robots" content="noindex">
  <h1>Redirecting&hellip;</h1>
  <a href="{target}">Click here if you are not redirected.</a>
</html>
"""


def _feed(request: Request) -> str:
    base = base_url(request)
    entries = []
    for s in POSTS[:FEED_SIZE]:
        url = base + post_path(s)
        when = _iso(_when(s))
        upd = (
            _iso(datetime.strptime(s.opts["updated"], "%Y-%m-%d"))
            if s.opts.get("updated")
            else when
        )
        meta = s.opts.get("meta") or []
        if len(meta) > 1:  # jekyll-feed prints the front matter array as Ruby shows it
            author = (
                "<author><name>"
                + esc("[" + ", ".join(f'"{m}"' for m in meta) + "]")
                + "</name></author>"
            )
        elif meta:
            author = f"<author><name>{esc(meta[0])}</name></author>"
        else:
            author = ""
        cats = f'<category term="{s.cat}" />' + "".join(
            f'<category term="{esc(TAGS[t])}" />' for t in s.opts.get("tags", [])
        )
        thumb = (
            f'<media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="{base}{s.images[0].src}" />'
            f'<media:content medium="image" url="{base}{s.images[0].src}" xmlns:media="http://search.yahoo.com/mrss/" />'
            if s.images
            else ""
        )
        entries.append(
            f'<entry><title type="html">{esc(s.title)}</title><link href="{url}" rel="alternate" type="text/html"'
            f' title="{esc(s.title)}" /><published>{when}</published><updated>{upd}</updated><id>{url}</id>'
            f'<content type="html" xml:base="{url}"><![CDATA[{render_content(s)}]]></content>{author}{cats}'
            f'<summary type="html"><![CDATA[{esc(_excerpt(s, 10_000))}]]></summary>{thumb}</entry>'
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">'
        '<generator uri="https://jekyllrb.com/" version="4.3.4">Jekyll</generator>'
        f'<link href="{base}/feed.xml" rel="self" type="application/atom+xml" />'
        f'<link href="{base}/" rel="alternate" type="text/html" hreflang="vi" />'
        f"<updated>{BUILD}</updated><id>{base}/feed.xml</id>"
        f'<title type="html">{esc(SITE)}</title><subtitle>Trang thông tin của Khoa Xây dựng Đảng,'
        f" {esc(SCHOOL)}</subtitle><author><name>{esc(SITE)}</name></author>"
        + "".join(entries)
        + "</feed>"
    )


def sitemap_locs() -> list[tuple[str, str | None]]:
    """Paths jekyll-sitemap lists, in its order (posts, pages, static files), with lastmod."""
    out: list[tuple[str, str | None]] = []
    for s in POSTS:
        upd = s.opts.get("updated")
        out.append(
            (post_path(s), _iso(datetime.strptime(upd, "%Y-%m-%d")) if upd else _iso(_when(s)))
        )
    pages = ["/", "/archive/", *PAGES, "/tags/", *(f"/page{n}/" for n in range(2, HOME_PAGES + 1)),
             *(f"/chuyen-muc/{c}/" for c in CATS)]  # fmt: skip
    out += [(p, None) for p in pages]
    out += [(GOOGLE_FILE, "2026-03-02T10:14:55+07:00")]
    out += [(p, "2026-11-24T16:02:31+07:00") for p, *_ in DOCS]
    return out


def _sitemap(request: Request) -> str:
    base = base_url(request)
    urls = "\n".join(
        f"<url>\n<loc>{base}{p}</loc>\n" + (f"<lastmod>{m}</lastmod>\n" if m else "") + "</url>"
        for p, m in sitemap_locs()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd"'
        f' xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>\n'
    )


def _search_json() -> str:
    return json.dumps(
        [
            {"title": s.title, "category": CATS[s.cat], "tags": ", ".join(TAGS[t] for t in s.opts.get("tags", [])),
             "url": post_path(s), "date": _dmy(_when(s))}
            for s in POSTS
        ],
        ensure_ascii=False,
        indent=2,
    )  # fmt: skip


# --- the server --------------------------------------------------------------------------------

_BY_PATH = {unquote(post_path(s)): s for s in POSTS}
_STUBS = {s.opts["redirect_from"]: s for s in POSTS if s.opts.get("redirect_from")}
_XML = "application/xml"


class JekyllSite:
    """What nginx serves from ``_site/``: files, ``index.html`` for directories, queries ignored."""

    def _dirs(self) -> set[str]:
        dirs = {"/", "/archive/", "/tags/", *PAGES}
        dirs |= {f"/page{n}/" for n in range(2, HOME_PAGES + 1)}
        dirs |= {f"/chuyen-muc/{c}/" for c in CATS}
        dirs |= {post_path(s) for s in POSTS if s.cat == "nghien-cuu"}
        return dirs

    def _render(self, request: Request, path: str) -> Response | None:
        if path == "/":
            return html(_home(request, 1))
        if m := re.fullmatch(r"/page(\d+)/", path):
            n = int(m.group(1))
            return html(_home(request, n)) if 2 <= n <= HOME_PAGES else None
        if m := re.fullmatch(r"/chuyen-muc/([a-z-]+)/", path):
            return html(_category(request, m.group(1))) if m.group(1) in CATS else None
        if path == "/archive/":
            return html(_archive(request))
        if path == "/tags/":
            return html(_tags(request))
        if path in PAGES:
            body = {
                "/gioi-thieu/": _ABOUT,
                "/lien-he/": _CONTACT,
                "/tai-lieu/": _docs_body(),
                "/thu-vien-anh/": _album_body(),
                "/tim-kiem/": _SEARCH,
            }[path]
            return html(_static_page(request, path, body))
        if path in _BY_PATH:
            return html(_article(request, _BY_PATH[path]))
        if path in _STUBS:
            return html(_redirect_stub(request, _STUBS[path]))
        if path == "/404.html":
            return html(_not_found(request))
        if path == "/feed.xml":
            return Response(200, _feed(request), {"Content-Type": _XML})
        if path == "/sitemap.xml":
            return Response(200, _sitemap(request), {"Content-Type": _XML})
        if path == "/search.json":
            return Response(200, _search_json(), {"Content-Type": "application/json"})
        if path == "/robots.txt":
            return Response(
                200, f"Sitemap: {base_url(request)}/sitemap.xml\n", {"Content-Type": "text/plain"}
            )
        if path == GOOGLE_FILE:
            return html(f"google-site-verification: {GOOGLE_FILE[1:]}")
        if path in _DOC_FILES:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith("/assets/") or path == "/favicon.ico":
            return static_file(path)
        return None

    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        dirs = self._dirs()
        if path.endswith("/index.html") and path[: -len("index.html")] in dirs:
            path = path[: -len("index.html")]
        elif not path.endswith("/") and path + "/" in dirs:
            return Response(301, b"", {"Location": base_url(request) + quote(path) + "/"})
        answer = self._render(request, path)
        if answer is None:
            return html(_not_found(request), status=404)
        return answer


def build_site() -> JekyllSite:
    return JekyllSite()


# the gold was written by hand; these only keep it honest about its own conventions
assert all(unicodedata.is_normalized("NFC", g["body"]) for g in GOLD)
assert all(
    g["authors"] == [_strip_title(n) for n in s.opts["meta"]]
    for g, s in zip(GOLD, POSTS, strict=True)
    if s.opts.get("meta")
)
