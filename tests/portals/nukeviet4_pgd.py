"""Fixture portal: Phòng GD&ĐT huyện Yên Thành on NukeViet 4.5, theme "default", news module.

Imitates a district education office's site as VINADES' NukeViet 4 serves it with URL rewriting
on: the news module is the home module, with the "Văn bản" (laws), "Thư viện ảnh" (albums),
"Giới thiệu" (page module at ``/about/``), contact, feeds, search (``/seek/``) and users modules.
Markup follows the theme's templates (``news_column panel``, ``h1.title``, ``span.h5`` date,
``div.hometext``, ``div#news-bodyhtml.bodytext``, ``p.h5.text-right`` author/source lines,
``ul.related``, ``ul.pagination``, ``block.primary`` side panels). What it serves:

- articles ``/news/<cat>/<alias>-<id>.html``; a wrong alias or category answers 301 to the real
  address; the unrewritten ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>`` serves the same
  page (both print ``rel=canonical`` to the rewritten URL; the home page's "Thông báo" marquee links
  the unrewritten form, ``alt_paths`` in the gold);
- a detail page: headline, the date line "Thứ sáu - 20/11/2026 10:15" (NukeViet's ``l - d/m/Y
  H:i``), the tool icons (send to a friend and print open ``nv_open_browse()`` popups from an
  ``onclick``; "Lưu bài viết này" is a real link; "Báo cáo nội dung lỗi" opens a modal form), the
  home image (floated thumbnail ``figure.article.left`` with the image's note as ``figcaption``,
  ``figure.noncaption`` without a note, or ``figure.article.center`` printed full width under the
  hometext), the hometext (the sapo, plain text, bold by the theme), the bodytext (CKEditor 4:
  ``figure.image``/``figcaption``, an image paragraph with an italic centred line, bare images,
  tables, lists; or text pasted from Word: ``p.MsoNormal`` with ``<span lang="VI">`` runs split in
  the middle of words, ``&nbsp;`` runs, ``<o:p>``, empty Word paragraphs, an ``[if gte mso 9]``
  comment and photos in two-row ``MsoTableGrid`` tables whose second row is the caption), "File đính
  kèm" (a PDF via ``?download=1&id=0``), the "Tác giả" and "Nguồn tin" fields under the body, then
  "Từ khóa" tags, the rating stars ("Tổng số điểm là: … sau … lượt xếp hạng"), Facebook/Zalo
  buttons, the comment box "Ý kiến bạn đọc", and the other-news panel: "Tin liên quan" (the
  article's topic, this site's wording of ``LANG.topic``), "Những tin mới hơn", "Các tin khác";
- category pages ``/news/<cat>/``, ``/news/<cat>/page-N/`` (3 a page; "Tin tức - Sự kiện" has
  3 pages), each teaser a thumbnail from ``/assets/news/…`` (NukeViet's resized copy), the title,
  date and views, the hometext; then "Các tin khác" (the next four, dated) and the pager (current
  page a dead ``#`` link, « »). ``page-1/`` answers 301 and a page past the last 302 to the
  category; the unrewritten ``…&op=<cat>`` and ``…&op=<cat>/page-N`` forms answer too and page
  with unrewritten links (the "Chuyên mục tin" side block links them);
- the home page (and ``/news/``): a headline carousel, the "Thông báo" marquee, a block per
  category (articles flagged "inhome" only); a topic page ``/news/topic/<alias>/``; tag pages
  ``/news/tag/<alias>``; the print view ``/news/print/<cat>/<alias>-<id>.html`` (noindex, "URL của
  bản tin này" back to the article); ``/news/savefile/…`` (the print layout sent as an
  ``attachment``); ``/news/sendmail/…`` (a form); "Gửi bài viết" ``/news/content/`` (post form);
- "Văn bản": ``/laws/`` (register table) and ``/laws/detail/<alias>.html`` (Số hiệu, Ngày ban hành,
  Người ký … and "File đính kèm"); "Thư viện ảnh": ``/albums/`` and ``/albums/<alias>-<id>.html``
  (photos with their own notes); ``/about/<alias>.html``; ``/contact/``; ``/users/login/``,
  ``/users/register/``; ``/feeds/`` (the feeds module's list), RSS 2.0 per category at
  ``/feeds/news/<cat>/`` and for the module at ``/feeds/news/`` (inhome articles only; the
  notice 2386 is not in it), ``guid`` ``news_<id>`` (not a permalink); ``robots.txt`` →
  ``/sitemap.xml`` (an index with an xml-stylesheet PI) → ``/sitemap-vi.news.xml`` and two more;
- chrome: logo and banner, phone/e-mail bar, "Đăng nhập | Đăng ký", the menu, the breadcrumb
  trail printed in a *hidden* ``ul.temp-breadcrumbs`` that the theme's script copies into the
  visible list, the header clock ``span.current-time`` (TODAY), the search box (script only), side
  panels "Chuyên mục tin", "Tin mới" (dated), "Tin xem nhiều", "Văn bản mới", "Thư viện ảnh",
  banners, "Liên kết website" (a select), "Thống kê truy cập" (counter), and the footer (address,
  phone, hotline, "Chịu trách nhiệm nội dung", copyright, "Giao diện: Tự động - Máy tính - Di
  động"). All pages are UTF-8 (header and meta).

Traps and hard cases, as NukeViet has them: every page links itself twice more through the theme
switch ``/index.php?language=vi&nv=<module>&nvvithemever=r|m&nv_redirect=<base64 of the page>``
(302 back to the page, with a cookie) and once through ``/users/login/?nv_redirect=<base64>`` (a
login form, one URL per page; the users pages link the bare form); the unrewritten duplicates of
every article and listing; the print view reachable only from an ``onclick``; the savefile
download of the whole article; the "Tin xem nhiều" block, cached, still links a deleted article
(``DELETED``: 404 with a meta refresh); article 2406 (category "Thông báo") is also listed under
"Tin tức - Sự kiện" (NukeViet's ``listcatid``) but its URL and breadcrumb name "Thông báo"; article
2402's editor pasted the hometext again as the bodytext's first (bold) paragraph; article 2397 was
typed in decomposed Unicode ("Unicode tổ hợp": hometext and bodytext NFD, title NFC); three
articles are Word pastes (2415, 2397, 2358) whose words are split across spans; listing thumbnails
are not article images; the documents and albums carry photos, dates and titles but no article.

Gold (by hand). Articles are the news module's detail pages (12, in three categories); document
entries, albums, static pages, listings, topic/tag pages, print, savefile and sendmail views are
not. Judgement calls:
- ``published_at`` is the detail page's date line with its time (+07:00); the weekday is dropped.
- The hometext is the summary and the body's first paragraph; printed a second time at the head of
  the bodytext (2402) it is taken once. Articles without a hometext (2406, 2358) have no summary.
- The home image printed in the article (thumbnail or full width) is the article's first image,
  caption = its note (None for ``figure.noncaption``: 2411, 2391). The Word pastes print no home
  image; listing thumbnails (``/assets/…`` copies) are never article images.
- A Word table's second row is the caption; an empty second row (2415) means no caption. An image
  alone in its paragraph has no caption (2391, 2380: "Một số hình ảnh tại buổi lễ:" is body text).
- Table rows are body paragraphs, cells joined by " | " (2406); list items are paragraphs.
- "Tác giả" field values are authors, also when the field names a school (2411: "Trường THCS Lý Tự
  Trọng", as a reader finds it printed). "Nguồn tin" is the source (2402, 2391), link text only.
- In-body credits: "Tin, ảnh: X" gives X as author and photographer (2418); "Bài: X - Ảnh: Y"
  (2380); "Ảnh: Y" alone under the text gives a photographer (2365, whose author is the field).
  A caption ending "(Ảnh: Minh Tuấn)" is kept as printed and gives the photographer (2411).
- The category is the article's own (breadcrumb, URL), not a listing it also appears in.
"""

from __future__ import annotations

import base64
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "nukeviet4_pgd"
PLATFORM = "nukeviet4"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Yên Thành"
SITE_SHORT = "Phòng GD&ĐT Yên Thành"
ADDRESS = "Khối 3, thị trấn Hoa Thành, huyện Yên Thành, tỉnh Nghệ An"
PHONE = "0238 3863 215"
HOTLINE = "0912 447 385"
EMAIL = "pgdyenthanh@nghean.edu.vn"
THEME = "/themes/default"
PER_PAGE = 3  # the category's "Số bài viết hiển thị trên một trang"
OTHERS_ON_LISTING = 4  # the "Các tin khác" list under a category page
FEED_SIZE = 30
_LOCAL = timezone(timedelta(hours=7))

#: news categories: alias -> (catid, title)
CATS: dict[str, tuple[int, str]] = {
    "tin-tuc-su-kien": (1, "Tin tức - Sự kiện"),
    "hoat-dong-chuyen-mon": (2, "Hoạt động chuyên môn"),
    "thong-bao": (3, "Thông báo"),
}
#: the one "dòng sự kiện" (topic): alias -> title
TOPICS: dict[str, str] = {
    "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11": "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
}
#: tags ("Từ khóa"): alias -> keyword as printed
TAGS: dict[str, str] = {
    "ngay-nha-giao-viet-nam": "ngày nhà giáo việt nam",
    "giao-vien-day-gioi": "giáo viên dạy giỏi",
    "chuyen-doi-so": "chuyển đổi số",
    "hoc-bong": "học bổng",
    "nam-hoc-moi": "năm học mới",
    "boi-duong-giao-vien": "bồi dưỡng giáo viên",
    "hoc-sinh-gioi": "học sinh giỏi",
    "pho-cap-giao-duc": "phổ cập giáo dục",
}

_U = "/uploads/news"

# Block styles. P: "" a CKEditor paragraph, "h" a bold sub-heading line, "li" a list item,
# "tr" a table row (cells joined by " | "). Img: "homeimg" the hometext thumbnail floated left
# (figure.article.left, caption = the image's "Chú thích"), "homefull" the same image printed
# full width under the hometext (imgposition 2), "figure" CKEditor image2 figure/figcaption,
# "center" an image paragraph and an italic centred line under it, "wordtable" a two-row Word
# table (image, caption), "bare" an image alone in its paragraph.
# opts: at (local publication time), inhome (listed on the home page and the module feed),
# word (text pasted from Word: MsoNormal markup), nfd (typed in "Unicode tổ hợp"),
# author / source (the module's "Tác giả" / "Nguồn tin" fields), source_link, tags, topic,
# also (other categories listing the article: listcatid), files (attachments), dup_sapo (the
# hometext pasted again as the body's first paragraph), hits.
STORIES: list[Story] = [
    Story(
        id=2418,
        slug="huyen-yen-thanh-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Huyện Yên Thành tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T10:15:00+07:00",
        summary=(
            "Sáng 19/11/2026, UBND huyện Yên Thành tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
            " (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm học 2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                f"{_U}/2026_11/le-ky-niem-20-11-2026-01.jpg",
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "homeimg",
            ),
            P(
                "Dự buổi lễ có đồng chí Nguyễn Văn Lợi, Phó Chủ tịch UBND huyện; lãnh đạo các phòng,"
                " ban, đoàn thể của huyện; các nhà giáo lão thành cùng hơn 300 cán bộ quản lý, giáo"
                " viên đại diện cho các trường học trên địa bàn."
            ),
            P(
                "Năm học 2025 - 2026, ngành Giáo dục huyện có 42 giáo viên đạt danh hiệu giáo viên dạy"
                " giỏi cấp tỉnh, 318 giáo viên dạy giỏi cấp huyện; 96 lượt học sinh đạt giải trong kỳ"
                " thi học sinh giỏi cấp tỉnh. Tỷ lệ trường đạt chuẩn quốc gia đạt 91,4%, tăng 2 trường"
                " so với năm học trước."
            ),
            Img(
                f"{_U}/2026_11/le-ky-niem-20-11-2026-02.jpg",
                "Đồng chí Phó Chủ tịch UBND huyện trao Giấy khen cho các nhà giáo tiêu biểu",
                "Đồng chí Phó Chủ tịch UBND huyện trao Giấy khen cho các nhà giáo tiêu biểu",
                "figure",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND huyện ghi nhận những nỗ lực của đội"
                " ngũ nhà giáo trong việc đổi mới phương pháp dạy học, thực hiện Chương trình giáo dục"
                " phổ thông 2018 và đề nghị ngành tiếp tục nâng cao chất lượng giáo dục mũi nhọn, giáo"
                " dục vùng khó khăn."
            ),
            P(
                "Dịp này, UBND huyện tặng Giấy khen cho 35 nhà giáo có thành tích xuất sắc; Phòng Giáo"
                " dục và Đào tạo tặng Giấy khen cho 12 tập thể và 64 cá nhân có thành tích trong phong"
                " trào thi đua “Đổi mới, sáng tạo trong dạy và học”."
            ),
            Img(
                f"{_U}/2026_11/le-ky-niem-20-11-2026-03.jpg",
                "Tiết mục văn nghệ chào mừng của giáo viên Trường Mầm non Hoa Sen",
                "Tiết mục văn nghệ chào mừng của giáo viên Trường Mầm non Hoa Sen",
                "figure",
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hồng Nhung</strong></p>'),
        ],
        authors=["Hồng Nhung"],
        photographers=["Hồng Nhung"],
        opts={
            "at": "2026-11-20 10:15",
            "inhome": True,
            "tags": ["ngay-nha-giao-viet-nam"],
            "topic": "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        },
    ),
    Story(
        id=2415,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-17T15:40:00+07:00",
        summary=(
            "Từ ngày 10 đến 14/11/2026, Phòng GD&ĐT Yên Thành tổ chức Hội thi giáo viên dạy giỏi cấp"
            " huyện bậc Tiểu học với 146 giáo viên của 38 trường tham gia."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm đánh giá năng lực chuyên môn, nghiệp vụ của đội ngũ giáo viên, đồng thời"
                " tạo điều kiện để giáo viên học hỏi, trao đổi kinh nghiệm trong việc đổi mới phương"
                " pháp dạy học theo Chương trình giáo dục phổ thông 2018."
            ),
            P(
                "Các giáo viên tham gia hội thi trải qua hai phần thi: trình bày biện pháp nâng cao chất"
                " lượng giảng dạy và thực hành dạy hai tiết trên lớp, trong đó có một tiết môn Tiếng"
                " Việt hoặc Toán và một tiết do giáo viên tự chọn."
            ),
            Img(
                f"{_U}/2026_11/hoi-thi-gvdg-tieu-hoc-01.jpg",
                "Cô giáo Hoàng Thị Thanh, Trường Tiểu học Hợp Thành, trong tiết dạy môn Tiếng Việt",
                "Cô giáo Hoàng Thị Thanh, Trường Tiểu học Hợp Thành, trong tiết dạy môn Tiếng Việt",
                "wordtable",
            ),
            P(
                "Nhiều tiết dạy được Ban Giám khảo đánh giá cao nhờ thiết kế hoạt động học tập linh"
                " hoạt, ứng dụng hiệu quả công nghệ thông tin và học liệu số, tạo được hứng thú cho"
                " học sinh."
            ),
            Img(f"{_U}/2026_11/hoi-thi-gvdg-tieu-hoc-02.jpg", None, None, "wordtable"),
            P(
                "Kết quả, Ban tổ chức công nhận 121 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện,"
                " trong đó 18 giáo viên được chọn tham dự Hội thi giáo viên dạy giỏi cấp tỉnh."
            ),
        ],
        authors=["Trần Thị Mai"],
        opts={
            "at": "2026-11-17 15:40",
            "inhome": True,
            "word": True,
            "author": "Trần Thị Mai",
            "tags": ["giao-vien-day-gioi", "ngay-nha-giao-viet-nam"],
            "topic": "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        },
    ),
    Story(
        id=2411,
        slug="truong-thcs-ly-tu-trong-to-chuc-hoi-thi-rung-chuong-vang",
        title="Trường THCS Lý Tự Trọng tổ chức Hội thi “Rung chuông vàng” chào mừng Ngày Nhà giáo Việt Nam",
        cat="tin-tuc-su-kien",
        published_at="2026-11-14T08:30:00+07:00",
        summary=(
            "Chiều 12/11/2026, Liên đội Trường THCS Lý Tự Trọng tổ chức Hội thi “Rung chuông vàng”"
            " với chủ đề “Tri ân thầy cô” cho 100 học sinh khối 8 và khối 9."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{_U}/2026_11/rung-chuong-vang-thcs-ly-tu-trong-01.jpg", None, None, "homeimg"),
            P(
                "Các thí sinh lần lượt vượt qua 20 câu hỏi thuộc các lĩnh vực: lịch sử truyền thống"
                " ngành Giáo dục, kiến thức các môn học, an toàn giao thông và hiểu biết xã hội."
            ),
            Img(
                f"{_U}/2026_11/rung-chuong-vang-thcs-ly-tu-trong-02.jpg",
                "Các thí sinh tham gia Hội thi “Rung chuông vàng” (Ảnh: Minh Tuấn)",
                "Các thí sinh tham gia Hội thi “Rung chuông vàng” (Ảnh: Minh Tuấn)",
                "center",
            ),
            P(
                "Sau gần hai giờ tranh tài sôi nổi, em Nguyễn Khánh Linh, lớp 9A, là thí sinh duy nhất"
                " trả lời đúng câu hỏi cuối cùng và giành danh hiệu “Rung chuông vàng”."
            ),
            P(
                "Hội thi là hoạt động ý nghĩa nhằm giáo dục truyền thống “Tôn sư trọng đạo”, đồng thời"
                " giúp học sinh củng cố kiến thức, rèn luyện kỹ năng và tinh thần đoàn kết."
            ),
        ],
        authors=["Trường THCS Lý Tự Trọng"],
        photographers=["Minh Tuấn"],
        opts={
            "at": "2026-11-14 08:30",
            "inhome": True,
            "author": "Trường THCS Lý Tự Trọng",
            "tags": ["ngay-nha-giao-viet-nam"],
            "topic": "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        },
    ),
    Story(
        id=2406,
        slug="thong-bao-lich-kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
        title="Thông báo lịch kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026",
        cat="thong-bao",
        published_at="2026-11-10T16:05:00+07:00",
        blocks=[
            P(
                "Thực hiện Kế hoạch số 215/KH-UBND ngày 02/11/2026 của UBND huyện về kiểm tra công tác"
                " phổ cập giáo dục, xóa mù chữ năm 2026, Phòng GD&ĐT thông báo lịch kiểm tra tại các"
                " xã, thị trấn như sau:"
            ),
            P("Thời gian | Đơn vị được kiểm tra | Đoàn kiểm tra", "tr"),
            P("Sáng 24/11/2026 | Thị trấn Hoa Thành, xã Tăng Thành | Đoàn số 1", "tr"),
            P("Chiều 24/11/2026 | Xã Văn Thành, xã Hợp Thành | Đoàn số 1", "tr"),
            P("Sáng 25/11/2026 | Xã Bắc Thành, xã Nam Thành | Đoàn số 2", "tr"),
            P("Hồ sơ chuẩn bị gồm:"),
            P("Sổ theo dõi phổ cập giáo dục, xóa mù chữ của xã, thị trấn;", "li"),
            P("Phiếu điều tra hộ gia đình và danh sách trẻ em trong độ tuổi;", "li"),
            P("Báo cáo kết quả thực hiện và các biểu thống kê năm 2026.", "li"),
            P(
                "Đề nghị Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ các xã, thị trấn chuẩn bị đầy đủ hồ"
                " sơ và bố trí thành phần làm việc với Đoàn kiểm tra."
            ),
        ],
        opts={
            "at": "2026-11-10 16:05",
            "inhome": True,
            "tags": ["pho-cap-giao-duc"],
            "also": ["tin-tuc-su-kien"],
            "files": [("Lịch kiểm tra PCGD-XMC năm 2026", "lich-kiem-tra-pcgd-xmc-2026.pdf")],
        },
    ),
    Story(
        id=2402,
        slug="hoi-nghi-tap-huan-cong-tac-chuyen-doi-so-trong-quan-ly-giao-duc",
        title="Hội nghị tập huấn công tác chuyển đổi số trong quản lý giáo dục",
        cat="tin-tuc-su-kien",
        published_at="2026-11-06T09:20:00+07:00",
        summary=(
            "Ngày 05/11/2026, Phòng GD&ĐT Yên Thành tổ chức Hội nghị tập huấn công tác chuyển đổi số"
            " trong quản lý giáo dục cho hơn 200 cán bộ quản lý và nhân viên văn phòng các trường học."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                f"{_U}/2026_11/tap-huan-chuyen-doi-so-2026.jpg",
                "Quang cảnh Hội nghị tập huấn",
                "Quang cảnh Hội nghị tập huấn",
                "homefull",
            ),
            P(
                "Tại hội nghị, các báo cáo viên đã hướng dẫn sử dụng hệ thống học bạ số, sổ điểm điện tử,"
                " phần mềm quản lý cơ sở dữ liệu ngành và các giải pháp bảo đảm an toàn thông tin khi"
                " triển khai hồ sơ điện tử trong nhà trường."
            ),
            P(
                "Các học viên được thực hành trực tiếp trên phần mềm, trao đổi những khó khăn, vướng mắc"
                " trong quá trình triển khai tại đơn vị và được giải đáp cụ thể."
            ),
            P(
                "Theo kế hoạch, đến hết học kỳ I năm học 2026 - 2027, 100% trường tiểu học và trung học"
                " cơ sở trên địa bàn huyện triển khai học bạ số đối với các khối lớp theo lộ trình."
            ),
        ],
        source="Sở GD&ĐT Nghệ An",
        opts={
            "at": "2026-11-06 09:20",
            "inhome": True,
            "source": "Sở GD&ĐT Nghệ An",
            "source_link": "https://nghean.edu.vn",
            "tags": ["chuyen-doi-so"],
            "dup_sapo": True,
        },
    ),
    Story(
        id=2397,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-hoc-sinh-qua-mon-tieng-viet-lop-4",
        title="Chuyên đề “Dạy học phát triển năng lực học sinh qua môn Tiếng Việt lớp 4”",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-29T14:00:00+07:00",
        summary=(
            "Ngày 27/10/2026, tại Trường Tiểu học Hợp Thành, Phòng GD&ĐT tổ chức chuyên đề cấp huyện"
            " “Dạy học phát triển năng lực học sinh qua môn Tiếng Việt lớp 4”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự chuyên đề có đại diện lãnh đạo Phòng GD&ĐT, cán bộ quản lý và giáo viên dạy"
                " lớp 4 của các trường tiểu học trên địa bàn huyện."
            ),
            P(
                "Các đại biểu đã dự hai tiết dạy minh họa: bài đọc “Những hạt thóc giống” và tiết luyện"
                " từ và câu “Mở rộng vốn từ: Ý chí - Nghị lực” do cô giáo Lê Thị Thu Hà và cô giáo"
                " Nguyễn Thị Hằng thực hiện."
            ),
            Img(
                f"{_U}/2026_10/chuyen-de-tieng-viet-lop-4-01.jpg",
                "Tiết dạy minh họa của cô giáo Lê Thị Thu Hà",
                "Tiết dạy minh họa của cô giáo Lê Thị Thu Hà",
                "wordtable",
            ),
            P(
                "Trong phần thảo luận, các giáo viên tập trung trao đổi về cách tổ chức hoạt động đọc"
                " hiểu, cách đặt câu hỏi mở giúp học sinh bày tỏ ý kiến và vận dụng vào thực tiễn."
            ),
            P(
                "Chuyên đề đã giúp giáo viên thống nhất cách thức tổ chức các hoạt động dạy học theo định"
                " hướng phát triển phẩm chất, năng lực học sinh, góp phần nâng cao chất lượng dạy học"
                " môn Tiếng Việt."
            ),
        ],
        authors=["Lê Thị Thu Hà"],
        opts={
            "at": "2026-10-29 14:00",
            "inhome": True,
            "word": True,
            "nfd": True,
            "author": "Lê Thị Thu Hà",
            "tags": ["boi-duong-giao-vien"],
        },
    ),
    Story(
        id=2391,
        slug="nganh-giao-duc-huyen-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        title="Ngành Giáo dục huyện hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-22T10:45:00+07:00",
        summary=(
            "Hưởng ứng Tuần lễ học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời - Nền tảng để"
            " phát triển”, các nhà trường trên địa bàn huyện đã tổ chức nhiều hoạt động thiết thực."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{_U}/2026_10/tuan-le-hoc-tap-suot-doi-01.jpg", None, None, "homeimg"),
            P(
                "Các trường học đã tổ chức ngày hội đọc sách, trưng bày sách và giới thiệu sách mới, phát"
                " động phong trào “Mỗi ngày một trang sách”; thư viện các trường mở cửa cả ngày thứ"
                " Bảy để phục vụ học sinh và phụ huynh."
            ),
            Img(
                f"{_U}/2026_10/tuan-le-hoc-tap-suot-doi-02.jpg",
                "Học sinh Trường Tiểu học Tăng Thành tham gia ngày hội đọc sách",
                "Học sinh Trường Tiểu học Tăng Thành tham gia ngày hội đọc sách",
                "figure",
            ),
            P(
                "Các trung tâm học tập cộng đồng phối hợp với nhà trường mở các lớp tin học cơ bản, lớp"
                " kỹ năng sử dụng điện thoại thông minh cho người cao tuổi và lớp chuyển giao kỹ thuật"
                " chăn nuôi, trồng trọt cho người dân."
            ),
            Img(f"{_U}/2026_10/tuan-le-hoc-tap-suot-doi-03.jpg", None, None, "bare"),
            P(
                "Qua đó góp phần xây dựng xã hội học tập, nâng cao ý thức tự học, học thường xuyên, học"
                " suốt đời của cán bộ, giáo viên, học sinh và nhân dân trên địa bàn."
            ),
        ],
        authors=["Phan Quỳnh"],
        source="Báo Nghệ An",
        opts={
            "at": "2026-10-22 10:45",
            "inhome": True,
            "author": "Phan Quỳnh",
            "source": "Báo Nghệ An",
            "source_link": "https://baonghean.vn",
            "tags": [],
        },
    ),
    Story(
        id=2386,
        slug="thong-bao-tuyen-chon-hoc-sinh-doi-tuyen-hoc-sinh-gioi-cap-tinh-lop-9",
        title="Thông báo tuyển chọn học sinh tham gia đội tuyển học sinh giỏi cấp tỉnh lớp 9",
        cat="thong-bao",
        published_at="2026-10-15T07:50:00+07:00",
        summary=(
            "Phòng GD&ĐT thông báo tổ chức kỳ thi tuyển chọn học sinh vào đội tuyển dự thi học sinh"
            " giỏi cấp tỉnh lớp 9 năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đối tượng dự thi: học sinh lớp 9 đạt giải Nhất, Nhì, Ba trong kỳ thi học sinh giỏi cấp"
                " huyện năm học 2026 - 2027 ở các môn văn hóa."
            ),
            P(
                "Thời gian thi: ngày 01/11/2026 (Chủ nhật), thí sinh có mặt tại Trường THCS Bạch Liêu lúc"
                " 7 giờ 00 để làm thủ tục dự thi."
            ),
            P(
                "Hiệu trưởng các trường THCS lập danh sách học sinh dự thi, gửi về Phòng GD&ĐT (bộ phận"
                " chuyên môn THCS) qua hệ thống quản lý văn bản trước ngày 25/10/2026."
            ),
        ],
        opts={"at": "2026-10-15 07:50", "inhome": False, "tags": ["hoc-sinh-gioi"]},
    ),
    Story(
        id=2380,
        slug="trao-120-suat-hoc-bong-tiep-buoc-den-truong-cho-hoc-sinh-ngheo-vuot-kho",
        title="Trao 120 suất học bổng “Tiếp bước đến trường” cho học sinh nghèo vượt khó",
        cat="tin-tuc-su-kien",
        published_at="2026-10-08T16:30:00+07:00",
        summary=(
            "Chiều 07/10/2026, Hội Khuyến học huyện phối hợp với Phòng GD&ĐT trao 120 suất học bổng"
            " “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng, tổng kinh phí 240 triệu đồng do các doanh"
                " nghiệp, nhà hảo tâm và cựu học sinh quê hương Yên Thành đang sinh sống, làm việc tại"
                " Hà Nội và Thành phố Hồ Chí Minh tài trợ."
            ),
            P(
                "Các em nhận học bổng đều là học sinh thuộc hộ nghèo, hộ cận nghèo, mồ côi cha hoặc mẹ"
                " nhưng có thành tích học tập tốt, được nhà trường và địa phương đề xuất."
            ),
            P("Một số hình ảnh tại buổi lễ:"),
            Img(f"{_U}/2026_10/trao-hoc-bong-tiep-buoc-den-truong-01.jpg", None, None, "bare"),
            Img(f"{_U}/2026_10/trao-hoc-bong-tiep-buoc-den-truong-02.jpg", None, None, "bare"),
            Img(f"{_U}/2026_10/trao-hoc-bong-tiep-buoc-den-truong-03.jpg", None, None, "bare"),
            Raw(
                '<p style="text-align: right;"><strong>Bài: Thanh Bình - Ảnh: Quốc Việt</strong></p>'
            ),
        ],
        authors=["Thanh Bình"],
        photographers=["Quốc Việt"],
        opts={"at": "2026-10-08 16:30", "inhome": True, "tags": ["hoc-bong"]},
    ),
    Story(
        id=2373,
        slug="tap-huan-boi-duong-giao-vien-day-mon-tin-hoc-theo-chuong-trinh-gdpt-2018",
        title="Tập huấn bồi dưỡng giáo viên dạy môn Tin học theo Chương trình GDPT 2018",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-09-30T14:20:00+07:00",
        summary=(
            "Trong hai ngày 28 và 29/9/2026, Phòng GD&ĐT tổ chức tập huấn bồi dưỡng chuyên môn cho 86"
            " giáo viên dạy môn Tin học cấp tiểu học và trung học cơ sở."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                f"{_U}/2026_09/tap-huan-tin-hoc-gdpt-2018-01.jpg",
                "Giáo viên thực hành lập trình với phần mềm Scratch",
                "Giáo viên thực hành lập trình với phần mềm Scratch",
                "homeimg",
            ),
            P(
                "Nội dung tập huấn tập trung vào dạy học chủ đề “Giải quyết vấn đề với sự trợ giúp của"
                " máy tính”, hướng dẫn sử dụng môi trường lập trình trực quan Scratch và ngôn ngữ lập"
                " trình Python trong dạy học."
            ),
            Img(
                f"{_U}/2026_09/tap-huan-tin-hoc-gdpt-2018-02.jpg",
                "Báo cáo viên hướng dẫn thiết kế kế hoạch bài dạy",
                "Báo cáo viên hướng dẫn thiết kế kế hoạch bài dạy",
                "figure",
            ),
            P(
                "Các giáo viên được chia thành nhóm để xây dựng kế hoạch bài dạy, dạy thử và góp ý, rút"
                " kinh nghiệm cho nhau dưới sự hướng dẫn của báo cáo viên là giáo viên cốt cán của tỉnh."
            ),
        ],
        authors=["Nguyễn Đức Thắng"],
        opts={
            "at": "2026-09-30 14:20",
            "inhome": True,
            "author": "Nguyễn Đức Thắng",
            "tags": ["boi-duong-giao-vien"],
        },
    ),
    Story(
        id=2365,
        slug="hon-21-nghin-hoc-sinh-huyen-yen-thanh-han-hoan-buoc-vao-nam-hoc-moi",
        title="Hơn 21 nghìn học sinh huyện Yên Thành hân hoan bước vào năm học mới 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-09-05T09:00:00+07:00",
        summary=(
            "Sáng 05/9/2026, hơn 21.000 học sinh các cấp học trên địa bàn huyện Yên Thành đã tưng bừng"
            " dự Lễ khai giảng năm học mới 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                f"{_U}/2026_09/khai-giang-nam-hoc-2026-2027-01.jpg",
                "Học sinh Trường Tiểu học Hoa Thành trong Lễ khai giảng",
                "Học sinh Trường Tiểu học Hoa Thành trong Lễ khai giảng",
                "homeimg",
            ),
            P(
                "Năm học 2026 - 2027, toàn huyện có 94 trường học với 712 nhóm, lớp. Trong đó, lớp 1"
                " có 2.415 học sinh, lớp 6 có 2.286 học sinh."
            ),
            P(
                "Tại các điểm trường, lễ khai giảng được tổ chức trang trọng, ngắn gọn với phần đánh trống"
                " khai trường, đọc thư của Chủ tịch nước gửi ngành Giáo dục và các tiết mục văn nghệ"
                " chào mừng."
            ),
            Img(
                f"{_U}/2026_09/khai-giang-nam-hoc-2026-2027-02.jpg",
                "Lãnh đạo huyện đánh trống khai giảng tại Trường THCS Lý Tự Trọng",
                "Lãnh đạo huyện đánh trống khai giảng tại Trường THCS Lý Tự Trọng",
                "center",
            ),
            P(
                "Năm học mới, ngành Giáo dục huyện tập trung nâng cao chất lượng giáo dục toàn diện,"
                " đẩy mạnh chuyển đổi số và phấn đấu có thêm 3 trường đạt chuẩn quốc gia."
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Quốc Việt</em></p>'),
        ],
        authors=["Hồng Nhung"],
        photographers=["Quốc Việt"],
        opts={
            "at": "2026-09-05 09:00",
            "inhome": True,
            "author": "Hồng Nhung",
            "tags": ["nam-hoc-moi"],
        },
    ),
    Story(
        id=2358,
        slug="hoi-nghi-tong-ket-nam-hoc-2025-2026-trien-khai-nhiem-vu-nam-hoc-2026-2027",
        title="Hội nghị tổng kết năm học 2025 - 2026, triển khai nhiệm vụ năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-08-20T15:10:00+07:00",
        blocks=[
            P(
                "Chiều 18/8/2026, Phòng GD&ĐT Yên Thành tổ chức Hội nghị tổng kết năm học 2025 - 2026,"
                " triển khai nhiệm vụ năm học 2026 - 2027."
            ),
            P(
                "Năm học 2025 - 2026, quy mô trường, lớp tiếp tục được sắp xếp hợp lý; chất lượng giáo"
                " dục đại trà và mũi nhọn có nhiều chuyển biến. Tỷ lệ học sinh hoàn thành chương trình"
                " tiểu học đạt 100%; tỷ lệ học sinh tốt nghiệp THCS đạt 99,6%."
            ),
            Img(
                f"{_U}/2026_08/hoi-nghi-tong-ket-nam-hoc-2025-2026.jpg",
                "Đồng chí Trưởng phòng GD&ĐT trình bày báo cáo tại Hội nghị",
                "Đồng chí Trưởng phòng GD&ĐT trình bày báo cáo tại Hội nghị",
                "wordtable",
            ),
            P(
                "Năm học 2026 - 2027, ngành tập trung thực hiện hiệu quả Chương trình giáo dục phổ thông"
                " 2018, nâng cao chất lượng đội ngũ, tăng cường cơ sở vật chất và đẩy mạnh ứng dụng công"
                " nghệ thông tin, chuyển đổi số trong dạy học và quản lý."
            ),
            P(
                "Dịp này, Phòng GD&ĐT khen thưởng 15 tập thể và 47 cá nhân có thành tích xuất sắc trong"
                " năm học 2025 - 2026."
            ),
        ],
        authors=["Minh Đức"],
        opts={
            "at": "2026-08-20 15:10",
            "inhome": True,
            "word": True,
            "author": "Minh Đức",
            "tags": ["nam-hoc-moi"],
        },
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


# --------------------------------------------------------------------------- Văn bản, albums


@dataclass(frozen=True)
class Law:
    """An entry of the "Văn bản" (laws) module: register fields and an attached file, no text."""

    id: int
    alias: str
    code: str
    title: str
    intro: str
    cat: str
    subject: str
    signer: str
    publ: str  # dd/mm/YYYY
    start: str
    file: str


LAWS: list[Law] = [
    Law(
        118,
        "ke-hoach-so-215-kh-ubnd",
        "215/KH-UBND",
        "Kế hoạch kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026",
        "Kế hoạch kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026 trên địa bàn huyện Yên Thành",
        "Kế hoạch",
        "UBND huyện Yên Thành",
        "Nguyễn Văn Lợi",
        "02/11/2026",
        "02/11/2026",
        "215-kh-ubnd-kiem-tra-pcgd-xmc-2026.pdf",
    ),
    Law(
        117,
        "cong-van-so-642-pgddt-v-v-to-chuc-cac-hoat-dong-chao-mung-ngay-nha-giao-viet-nam",
        "642/PGDĐT",
        "V/v tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11/2026",
        "Công văn về việc tổ chức các hoạt động chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        "Công văn",
        "Phòng GD&ĐT",
        "Hoàng Văn Sơn",
        "21/10/2026",
        "21/10/2026",
        "642-pgddt-hoat-dong-chao-mung-20-11.pdf",
    ),
    Law(
        115,
        "quyet-dinh-so-1208-qd-ubnd-ve-viec-ban-hanh-ke-hoach-thoi-gian-nam-hoc-2026-2027",
        "1208/QĐ-UBND",
        "Quyết định ban hành Kế hoạch thời gian năm học 2026 - 2027",
        "Quyết định về việc ban hành Kế hoạch thời gian năm học 2026 - 2027 đối với giáo dục mầm non,"
        " giáo dục phổ thông và giáo dục thường xuyên",
        "Quyết định",
        "UBND tỉnh Nghệ An",
        "Bùi Đình Long",
        "12/08/2026",
        "12/08/2026",
        "1208-qd-ubnd-ke-hoach-thoi-gian-nam-hoc-2026-2027.pdf",
    ),
]
_LAW_BY_ALIAS = {d.alias: d for d in LAWS}


@dataclass(frozen=True)
class Album:
    """An album of the "Thư viện ảnh" module: photos with their own descriptions."""

    id: int
    alias: str
    title: str
    date: str
    photos: tuple[tuple[str, str], ...]


ALBUMS: list[Album] = [
    Album(
        14,
        "le-ky-niem-ngay-nha-giao-viet-nam-20-11-2026",
        "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026",
        "20/11/2026",
        (
            ("/uploads/albums/2026_11/nha-giao-01.jpg", "Đại biểu dự lễ kỷ niệm"),
            (
                "/uploads/albums/2026_11/nha-giao-02.jpg",
                "Trao Giấy khen cho các nhà giáo tiêu biểu",
            ),
            ("/uploads/albums/2026_11/nha-giao-03.jpg", "Văn nghệ chào mừng"),
            ("/uploads/albums/2026_11/nha-giao-04.jpg", ""),
        ),
    ),
    Album(
        12,
        "khai-giang-nam-hoc-2026-2027",
        "Khai giảng năm học 2026 - 2027",
        "05/09/2026",
        (
            (
                "/uploads/albums/2026_09/khai-giang-01.jpg",
                "Học sinh lớp 1 Trường Tiểu học Hoa Thành",
            ),
            ("/uploads/albums/2026_09/khai-giang-02.jpg", "Đánh trống khai trường"),
            ("/uploads/albums/2026_09/khai-giang-03.jpg", ""),
        ),
    ),
]
_ALBUM_BY_PATH = {f"/albums/{a.alias}-{a.id}.html": a for a in ALBUMS}

#: "Giới thiệu" (module page): alias -> (title, paragraphs)
ABOUT: dict[str, tuple[str, tuple[str, ...]]] = {
    "gioi-thieu-chung": (
        "Giới thiệu chung",
        (
            "Phòng Giáo dục và Đào tạo huyện Yên Thành là cơ quan chuyên môn thuộc UBND huyện, tham mưu"
            " giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn.",
            "Toàn huyện hiện có 94 trường học gồm 36 trường mầm non, 35 trường tiểu học, 2 trường tiểu"
            " học và trung học cơ sở, 21 trường trung học cơ sở với hơn 21.000 học sinh và 1.850 cán bộ,"
            " giáo viên, nhân viên.",
        ),
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        (
            "Lãnh đạo phòng gồm Trưởng phòng và 02 Phó Trưởng phòng. Các bộ phận chuyên môn: Mầm non,"
            " Tiểu học, Trung học cơ sở, Tổ chức cán bộ, Kế hoạch - Tài chính và Văn phòng.",
            "Trưởng phòng: Ông Hoàng Văn Sơn. Phó Trưởng phòng: Bà Nguyễn Thị Lan Anh, Ông Trần Quang Huy.",
        ),
    ),
}

# --------------------------------------------------------------------------- URLs


def article_path(s: Story) -> str:
    return f"/news/{s.cat}/{s.slug}-{s.id}.html"


def legacy_path(s: Story) -> str:
    """The same article without rewriting (``index.php?language=vi&nv=news&op=…``)."""
    return f"/index.php?language=vi&nv=news&op={s.cat}/{s.slug}-{s.id}"


def print_path(s: Story) -> str:
    return f"/news/print/{s.cat}/{s.slug}-{s.id}.html"


def savefile_path(s: Story) -> str:
    return f"/news/savefile/{s.cat}/{s.slug}-{s.id}.html"


def sendmail_path(s: Story) -> str:
    return f"/news/sendmail/{s.cat}/{s.slug}-{s.id}.html"


def cat_path(cat: str, page: int = 1) -> str:
    return f"/news/{cat}/" if page <= 1 else f"/news/{cat}/page-{page}/"


def legacy_cat_path(cat: str, page: int = 1) -> str:
    op = cat if page <= 1 else f"{cat}/page-{page}"
    return f"/index.php?language=vi&nv=news&op={op}"


def newest(cat: str | None = None) -> list[Story]:
    """A category's articles (its own and those that list it too), newest first."""
    items = [s for s in STORIES if cat is None or s.cat == cat or cat in s.opts.get("also", ())]
    return sorted(items, key=lambda s: s.opts["at"], reverse=True)


def pages(cat: str) -> int:
    return max(1, -(-len(newest(cat)) // PER_PAGE))


def topic_items(topic: str) -> list[Story]:
    return [s for s in newest() if s.opts.get("topic") == topic]


def tag_items(tag: str) -> list[Story]:
    return [s for s in newest() if tag in s.opts["tags"]]


#: a "Tin xem nhiều" entry the block cache still holds: the article was deleted (answers 404)
DELETED = "/news/tin-tuc-su-kien/le-tong-ket-nam-hoc-2024-2025-2290.html"
DELETED_TITLE = "Lễ tổng kết năm học 2024 - 2025"

# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat][1], alt_paths=[legacy_path(s)]) for s in newest()
]

NON_ARTICLES: list[str] = [
    "/",
    "/news/",
    *(cat_path(c, n) for c in CATS for n in range(1, pages(c) + 1)),
    *(legacy_cat_path(c) for c in CATS),
    *(f"/news/topic/{t}/" for t in TOPICS),
    *(f"/news/tag/{t}" for t in TAGS if tag_items(t)),
    *(print_path(s) for s in STORIES),
    "/news/content/",
    "/laws/",
    *(f"/laws/detail/{d.alias}.html" for d in LAWS),
    "/albums/",
    *(_ALBUM_BY_PATH),
    "/about/",
    *(f"/about/{a}.html" for a in ABOUT),
    "/contact/",
    "/feeds/",
    "/seek/",
    "/users/login/",
    "/users/register/",
]

# --------------------------------------------------------------------------- rendering: text

_DAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


def _local(s: Story) -> datetime:
    return datetime.strptime(s.opts["at"], "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def publtime(s: Story) -> str:
    """The detail page's date line, as NukeViet prints it: "Thứ sáu - 20/11/2026 10:15"."""
    when = _local(s)
    return f"{_DAYS[when.weekday()]} - {when:%d/%m/%Y %H:%M}"


def _dmy(s: Story) -> str:
    return f"{_local(s):%d/%m/%Y}"


def _form(s: Story, value: str) -> str:
    """Article text as stored: decomposed when typed in "Unicode tổ hợp"."""
    return unicodedata.normalize("NFD", value) if s.opts.get("nfd") else value


def _t(s: Story, value: str) -> str:
    return esc(_form(s, value)).replace("&#x27;", "'")


_MSO_SPAN = 'lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif"'


def _word_text(s: Story, value: str, n: int) -> str:
    """A Word paragraph's text: spaces after commas as "&nbsp;" runs, and the run split into two
    spans in the middle of a word (Word's revision marks leave such splits)."""
    escaped = _t(s, value).replace(", ", ", &nbsp;")
    if n % 2 == 0 and len(escaped) > 40:
        cut = escaped.find(" ", len(escaped) // 2)
        cut = cut - 2 if cut > 3 else cut
        if cut > 0 and "&" not in escaped[cut - 6 : cut + 6]:
            escaped = f"{escaped[:cut]}</span><span {_MSO_SPAN}>{escaped[cut:]}"
    return escaped


def _tool_name(src: str) -> str:
    return src.rsplit("/", 1)[1].rsplit(".", 1)[0]


# --------------------------------------------------------------------------- rendering: body


def _ck_img(img: Img, s: Story) -> str:
    if img.style == "figure":
        cap = f"<figcaption>{_t(s, img.printed)}</figcaption>" if img.printed else ""
        return (
            '<div style="text-align:center">\n<figure class="image" style="display:inline-block">'
            f'<img alt="{esc(img.printed or _tool_name(img.src))}" height="467" src="{img.src}" width="700" />'
            f"{cap}</figure>\n</div>"
        )
    tag = f'<p style="text-align: center;"><img alt="{_tool_name(img.src)}" src="{img.src}" style="width: 700px; height: 467px;" /></p>'
    if img.style == "center" and img.printed:
        tag += f'\n<p style="text-align: center;"><em>{_t(s, img.printed)}</em></p>'
    return tag


def _word_img(img: Img, s: Story, n: int) -> str:
    td = 'width="602" valign="top" style="width:451.3pt;padding:0cm 5.4pt 0cm 5.4pt"'
    caption = (
        f'<i><span lang="VI" style="font-size:13.0pt;font-family:&quot;Times New Roman&quot;,serif">{_t(s, img.printed)}</span></i>'
        if img.printed
        else '<span lang="VI" style="font-size:13.0pt">&nbsp;</span>'
    )
    return f"""<div align="center">
<table class="MsoTableGrid" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
 <tbody>
  <tr>
   <td {td}>
   <p class="MsoNormal" align="center" style="text-align:center"><span lang="VI"><img width="602" height="339" src="{img.src}" alt="" v:shapes="Picture_x0020_{n}" /></span></p>
   </td>
  </tr>
  <tr>
   <td {td}>
   <p class="MsoNormal" align="center" style="text-align:center">{caption}<o:p></o:p></p>
   </td>
  </tr>
 </tbody>
</table>
</div>"""


def _rows(s: Story, rows: list[P], word: bool) -> str:
    out = []
    for i, row in enumerate(rows):
        cells = row.text.split(" | ")
        if word:
            tds = "".join(
                f'<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                f'<p class="MsoNormal"><span {_MSO_SPAN}>{"<b>" if i == 0 else ""}{_t(s, c)}{"</b>" if i == 0 else ""}</span></p></td>'
                for c in cells
            )
        else:
            tds = "".join(
                f"<td>{'<strong>' if i == 0 else ''}{_t(s, c)}{'</strong>' if i == 0 else ''}</td>"
                for c in cells
            )
        out.append(f"<tr>{tds}</tr>")
    if word:
        return f'<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none"><tbody>{"".join(out)}</tbody></table>'
    return f'<table border="1" cellpadding="5" cellspacing="0" style="width:100%"><tbody>{"".join(out)}</tbody></table>'


def body_html(s: Story) -> str:
    """The bodytext as the editor saved it (CKEditor 4, or a paste from Word)."""
    word = bool(s.opts.get("word"))
    parts: list[str] = []
    if s.opts.get("dup_sapo") and s.summary:
        parts.append(f'<p style="text-align: justify;"><strong>{_t(s, s.summary)}</strong></p>')
    blocks = [
        b for b in s.blocks if not (isinstance(b, Img) and b.style in ("homeimg", "homefull"))
    ]
    i = n = 0
    while i < len(blocks):
        b = blocks[i]
        n += 1
        if isinstance(b, P) and b.style in ("li", "tr"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "tr":
                parts.append(_rows(s, group, word))
            elif word:
                parts.extend(
                    f'<p class="MsoListParagraph" style="margin-left:36.0pt;text-indent:-18.0pt"><span {_MSO_SPAN}>-<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></span><span {_MSO_SPAN}>{_t(s, li.text)}<o:p></o:p></span></p>'
                    for li in group
                )
            else:
                parts.append(
                    "<ul>" + "".join(f"<li>{_t(s, li.text)}</li>" for li in group) + "</ul>"
                )
            continue
        if isinstance(b, P):
            if word:
                parts.append(
                    '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:150%">'
                    f"<span {_MSO_SPAN}>{_word_text(s, b.text, n)}<o:p></o:p></span></p>"
                )
                if n == 2:
                    parts.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            elif b.style == "h":
                parts.append(f"<p><strong>{_t(s, b.text)}</strong></p>")
            else:
                parts.append(f'<p style="text-align: justify;">{_t(s, b.text)}</p>')
        elif isinstance(b, Img):
            parts.append(_word_img(b, s, n) if word else _ck_img(b, s))
        else:
            parts.append(b.html)
        i += 1
    if word:
        parts.insert(
            0,
            "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->",
        )
    return "\n".join(parts)


def _home_image(s: Story) -> Img | None:
    return next(
        (b for b in s.blocks if isinstance(b, Img) and b.style in ("homeimg", "homefull")), None
    )


def _thumb(s: Story) -> str:
    """The listing thumbnail: NukeViet's resized copy under /assets/ (the first image's)."""
    img = _home_image(s) or (s.images[0] if s.images else None)
    if img is None:
        return f"{THEME}/images/no_image.gif"
    return img.src.replace("/uploads/", "/assets/", 1)


def hometext_block(s: Story) -> str:
    """div.clearfix: the home image (thumbnail left, or full width under) and the hometext."""
    if not s.summary:
        return ""
    img = _home_image(s)
    thumb = full = ""
    if img is not None and img.style == "homeimg":
        if img.printed:
            thumb = (
                """<figure class="article left pointer" onclick="modalShowByObj('#imgpreview');">\n"""
                f'<div id="imgpreview" style="width:460px;">\n<p class="text-center"><img alt="{esc(img.printed)}" src="{img.src}" alt="{esc(img.printed)}" class="img-thumbnail"/></p>\n'
                f"<figcaption>{esc(img.printed)}</figcaption>\n</div>\n</figure>"
            )
        else:
            thumb = (
                '<figure class="article left noncaption pointer" style="width:460px;" onclick="modalShowByObj(this);">\n'
                f'<p class="text-center"><img alt="{esc(s.title)}" src="{img.src}" alt="" class="img-thumbnail"/></p>\n</figure>'
            )
    elif img is not None:
        cap = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
        full = f'<figure class="article center">\n<img alt="{esc(img.printed or s.title)}" src="{img.src}" width="800" class="img-thumbnail" />\n{cap}\n</figure>'
    return f"""<div class="clearfix">
{thumb}
<div class="hometext m-bottom">{_t(s, s.summary)}</div>
{full}
</div>"""


# --------------------------------------------------------------------------- rendering: chrome


def nv_base64(value: str) -> str:
    """NukeViet's nv_base64_encode: URL-safe base64 without padding (``nv_redirect=`` values)."""
    return base64.urlsafe_b64encode(value.encode("utf-8")).decode("ascii").rstrip("=")


def nv_base64_decode(value: str) -> str:
    return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode("utf-8", "replace")


def _head(
    request: Request,
    title: str,
    *,
    module: str,
    op: str,
    meta: str = "",
    feeds: tuple[tuple[str, str], ...] = (),
) -> str:
    base = base_url(request)
    rss = "\n".join(
        f'<link rel="alternate" href="{href}" title="{esc(label)}" type="application/rss+xml">'
        for label, href in (("Tin Tức", "/feeds/news/"), *feeds)
    )
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{esc(title)} - {esc(SITE_SHORT)}">
<meta name="author" content="{esc(SITE_SHORT)}">
<meta name="copyright" content="{esc(SITE_SHORT)} [{EMAIL}]">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:site_name" content="{esc(SITE_SHORT)}">
{meta}
{rss}
<link rel="shortcut icon" href="{THEME}/favicon.ico">
<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=1731029460">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css?t=1731029460">
<link rel="StyleSheet" href="{THEME}/css/bootstrap.non-responsive.css?t=1731029460">
<link rel="StyleSheet" href="{THEME}/css/style.css?t=1731029460">
<link rel="StyleSheet" href="{THEME}/css/style.non-responsive.css?t=1731029460">
<link rel="StyleSheet" href="/assets/css/news.default.vi.0.css?t=1731029460">
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="{module}",nv_func_name="{op}",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_t8k2m",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=0,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image",XSSsanitize=1,nv_siteroot="{base}/";</script>
<script src="/assets/js/jquery/jquery.min.js?t=1731029460"></script>
<script src="/assets/js/language/vi.js?t=1731029460"></script>
<script src="/assets/js/global.js?t=1731029460"></script>
<script src="/assets/js/site.js?t=1731029460"></script>
<script src="/themes/default/js/news.js?t=1731029460"></script>
<script src="{THEME}/js/main.js?t=1731029460"></script>
</head>"""


_MENU = (
    ("/", "Trang chủ", ()),
    (
        "/about/gioi-thieu-chung.html",
        "Giới thiệu",
        (("/about/co-cau-to-chuc.html", "Cơ cấu tổ chức"),),
    ),
    (
        "/news/tin-tuc-su-kien/",
        "Tin tức",
        (
            ("/news/tin-tuc-su-kien/", "Tin tức - Sự kiện"),
            ("/news/hoat-dong-chuyen-mon/", "Hoạt động chuyên môn"),
        ),
    ),
    ("/news/thong-bao/", "Thông báo", ()),
    ("/laws/", "Văn bản", ()),
    ("/albums/", "Thư viện ảnh", ()),
    ("/news/content/", "Gửi bài viết", ()),
    ("/contact/", "Liên hệ", ()),
)


def _menu(active: str) -> str:
    items = []
    for href, label, subs in _MENU:
        cls = ' class="current"' if href == active else ""
        sub = ""
        if subs:
            sub = (
                '<ul class="subs-menu">'
                + "".join(f'<li><a href="{h}" title="{esc(t)}">{esc(t)}</a></li>' for h, t in subs)
                + "</ul>"
            )
        icon = '<em class="fa fa-lg fa-home">&nbsp;</em>' if href == "/" else ""
        items.append(
            f'<li{cls}><a title="{esc(label)}" href="{href}">{icon}<span>{esc(label)}</span></a>{sub}</li>'
        )
    return f'<ul class="site-menu">{"".join(items)}</ul>'


def _crumbs(trail: list[tuple[str, str]]) -> str:
    """NukeViet 4 prints the trail in a hidden list that main.js copies into ul.breadcrumbs."""
    items = "".join(
        f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{href}" itemprop="item" title="{esc(title)}"><span class="txt" itemprop="name">{esc(title)}</span></a><i class="hidden" itemprop="position" content="{i + 2}"></i></li>'
        for i, (href, title) in enumerate(trail)
    )
    return f"""<div class="breadcrumbs-wrap">
<div class="display"><a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a><ul class="breadcrumbs list-none"></ul></div>
<ul class="subs-breadcrumbs"></ul>
<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item" title="Trang nhất"><span itemprop="name">Trang nhất</span></a><i class="hidden" itemprop="position" content="1"></i></li>{items}</ul>
</div>"""


def _header(self_target: str, active: str, trail: list[tuple[str, str]]) -> str:
    # the users module's own pages link the bare login form: no nv_redirect of a login URL
    if self_target.startswith("/users/"):
        login = "/users/login/"
    else:
        login = f"/users/login/?nv_redirect={nv_base64(self_target)}"
    return f"""<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg">
<div class="wraper">
<header>
<div class="container">
<div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="{esc(SITE_SHORT)}" href="/"><img src="/uploads/logo-pgd-yen-thanh.png" alt="{esc(SITE_SHORT)}"></a><span class="site_name">{esc(SITE)}</span><span class="site_description">Cổng thông tin điện tử</span></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="header-banner"><img alt="Chào mừng năm học mới" src="/uploads/banners/banner-nam-hoc-2026-2027.jpg" width="728" height="90"></div></div>
</div>
</div>
</header>
<div class="section-header-bar"><div class="header-nav"><div class="header-nav-inner">
<div class="contactDefault"><ul class="contactDefault-list"><li><em class="fa fa-phone"></em> <a href="tel:{PHONE.replace(" ", "")}">{PHONE}</a></li><li><em class="fa fa-envelope"></em> <a href="mailto:{EMAIL}">{EMAIL}</a></li></ul></div>
<div class="personalArea"><a title="Đăng nhập" class="pa" href="{esc(login)}"><em class="fa fa-user fa-lg"></em> Đăng nhập</a> | <a title="Đăng ký" href="/users/register/">Đăng ký</a></div>
</div></div></div>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">{_menu(active)}</div></div></div></nav>
<section><div class="container" id="body">
<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix">
<div class="col-xs-24 col-sm-18 col-md-18">
{_crumbs(trail)}
<span class="current-time">{TODAY}</span>
</div>
<div class="headerSearch col-xs-24 col-sm-6 col-md-6"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span></div></div>
</div></div></div></nav>"""


def _panel(title: str, content: str, cls: str = "primary") -> str:
    return f'<div class="panel panel-{cls}">\n<div class="panel-heading">{esc(title)}</div>\n<div class="panel-body">\n{content}\n</div>\n</div>'


def _sidebar() -> str:
    latest = "".join(
        f'<li class="clearfix"><a href="{article_path(s)}" title="{esc(s.title)}"><img src="{_thumb(s)}" alt="{esc(s.title)}" width="60" class="img-thumbnail pull-left mr-1"/></a>'
        f'<a title="{esc(s.title)}" class="show" href="{article_path(s)}">{esc(s.title)}</a><span class="text-muted small">({_dmy(s)})</span></li>'
        for s in newest()[:5]
    )
    hits = [_BY_ID[2365], _BY_ID[2418], None, _BY_ID[2380]]
    tophits = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></li>'
        if s
        else f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{DELETED}" title="{esc(DELETED_TITLE)}">{esc(DELETED_TITLE)}</a></li>'
        for s in hits
    )
    laws = "".join(
        f'<li><a href="/laws/detail/{d.alias}.html" title="{esc(d.title)}">{esc(d.code)}</a><br /><span class="small">{esc(d.title)}</span></li>'
        for d in LAWS
    )
    cats = "".join(
        f'<li><a title="{esc(t)}" href="{esc(legacy_cat_path(c))}">{esc(t)}</a></li>'
        for c, (_, t) in CATS.items()
    )
    album = ALBUMS[0]
    return f"""<div class="col-sm-8 col-md-6">
{_panel("Chuyên mục tin", f'<ul class="nv-list-item">{cats}</ul>')}
{_panel("Tin mới", f'<ul class="block_news list-none">{latest}</ul>')}
{_panel("Tin xem nhiều", f'<ul class="block_tophits list-none">{tophits}</ul>')}
{_panel("Văn bản mới", f'<ul class="list-none new-laws">{laws}</ul><p class="text-right"><a href="/laws/">Xem tất cả</a></p>')}
{_panel("Thư viện ảnh", f'<a href="/albums/{album.alias}-{album.id}.html" title="{esc(album.title)}"><img src="{album.photos[0][0].replace("/uploads/", "/assets/", 1)}" alt="{esc(album.title)}" class="img-thumbnail" width="100%"/></a><p class="text-center"><a href="/albums/{album.alias}-{album.id}.html">{esc(album.title)}</a></p>')}
<div class="panel panel-default"><div class="panel-body text-center">
<a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img src="/uploads/banners/dich-vu-cong.png" alt="Cổng dịch vụ công quốc gia" width="240"></a>
<a href="https://nghean.edu.vn" target="_blank" rel="noopener"><img src="/uploads/banners/so-gddt-nghe-an.png" alt="Sở GD&amp;ĐT Nghệ An" width="240"></a>
<a href="https://thptquocgia.edu.vn" target="_blank" rel="noopener"><img src="/uploads/banners/csdl-nganh.png" alt="Cơ sở dữ liệu ngành" width="240"></a>
</div></div>
{_panel("Liên kết website", '<select class="form-control" onchange="if(this.value){window.open(this.value);}"><option value="">-- Liên kết website --</option><option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option><option value="https://nghean.gov.vn">Cổng TTĐT tỉnh Nghệ An</option><option value="https://yenthanh.nghean.gov.vn">Cổng TTĐT huyện Yên Thành</option></select>')}
{_panel("Thống kê truy cập", '<ul class="counter list-none display-table"><li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>27</span></li><li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">1.146</span></li><li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>18.402</span></li><li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>1.274.563</span></li></ul>')}
</div>"""


def _footer(self_target: str, module: str) -> str:
    enc = nv_base64(self_target)
    theme = " - ".join(
        f'<a href="/index.php?language=vi&amp;nv={module}&amp;nvvithemever={code}&amp;nv_redirect={enc}" title="Kích hoạt giao diện {label}">{label}</a>'
        if code != "d"
        else label
        for code, label in (("r", "Tự động"), ("d", "Máy tính"), ("m", "Di động"))
    )
    return f"""</div></section>
<footer id="footer">
<div class="footer-copyright"><div class="container"><div class="row">
<div class="col-xs-24 col-sm-12 col-md-14"><div class="panel-body">
<p class="footer-title"><strong>{esc(SITE.upper())}</strong></p>
<p>Địa chỉ: {esc(ADDRESS)}</p>
<p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>Chịu trách nhiệm nội dung: Ông Hoàng Văn Sơn - Trưởng phòng</p>
<p>© Bản quyền thuộc {esc(SITE_SHORT)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div></div>
<div class="col-xs-24 col-sm-12 col-md-10"><div class="panel-body">
<ul class="footer-menu list-inline"><li><a href="/about/gioi-thieu-chung.html">Giới thiệu</a></li><li><a href="/contact/">Liên hệ</a></li><li><a href="/feeds/">RSS</a></li><li><a href="/sitemap.xml">Sitemap</a></li></ul>
<div class="theme-change">Giao diện: {theme}</div>
<p class="small">Powered by <a href="https://nukeviet.vn" target="_blank" rel="noopener">NukeViet CMS</a>. Thiết kế bởi VINADES.,JSC</p>
</div></div>
</div></div></div>
</footer>
</div></div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<script src="{THEME}/js/bootstrap.min.js?t=1731029460"></script>
</body>
</html>"""


def _page(
    request: Request,
    title: str,
    main: str,
    *,
    module: str = "news",
    op: str = "main",
    active: str = "",
    trail: list[tuple[str, str]] | None = None,
    meta: str = "",
    feeds: tuple[tuple[str, str], ...] = (),
    sidebar: bool = True,
) -> str:
    target = request.target
    column = (
        f'<div class="row"><div class="col-sm-16 col-md-18">\n{main}\n</div>\n{_sidebar()}</div>'
        if sidebar
        else main
    )
    return (
        _head(request, title, module=module, op=op, meta=meta, feeds=feeds)
        + "\n<body>\n"
        + _header(target, active, trail or [])
        + f"\n{column}\n"
        + _footer(target, module)
    )


# --------------------------------------------------------------------------- pages: news


def _author_block(s: Story) -> str:
    lines = []
    if s.opts.get("author"):
        lines.append(
            f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(s.opts["author"])}</p>'
        )
    if s.opts.get("source"):
        src = esc(s.opts["source"])
        if s.opts.get("source_link"):
            src = f'<a title="{src}" href="{s.opts["source_link"]}" rel="nofollow" target="_blank">{src}</a>'
        lines.append(f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{src}</p>')
    return f'<div class="margin-bottom-lg">\n{"".join(lines)}\n</div>' if lines else ""


def _files_block(s: Story) -> str:
    files = s.opts.get("files", [])
    if not files:
        return ""
    rows = "".join(
        f'<div class="list-group-item"><span class="badge"><a role="button" data-toggle="collapse" href="#pdf{i}" aria-expanded="false" aria-controls="pdf{i}"><i class="fa fa-file-pdf-o" data-rel="tooltip" data-content="Xem nhanh"></i></a></span>'
        f'<a href="{article_path(s)}?download=1&amp;id={i}" title="Tập tin {esc(title)}">Tập tin: <strong>{esc(title)}</strong></a>'
        f'<div class="clearfix"></div><div class="collapse" id="pdf{i}" data-src="/uploads/news/files/{name}" data-toggle="collapsepdf"><div class="well margin-top"><iframe frameborder="0" height="600" scrolling="yes" src="" width="100%"></iframe></div></div></div>'
        for i, (title, name) in enumerate(files)
    )
    return f"""<div class="panel panel-default">
<div class="panel-heading"><i class="fa fa-download fa-fw"></i><strong>File đính kèm</strong></div>
<div class="list-group news-download-file">{rows}</div>
</div>"""


def _related_list(items: list[Story]) -> str:
    return "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{article_path(o)}" title="{esc(o.title)}"><h4>{esc(o.title)}</h4></a><em>({_dmy(o)})</em></li>'
        for o in items
    )


def _others(s: Story) -> str:
    parts = []
    topic = s.opts.get("topic")
    if topic:
        items = [o for o in topic_items(topic) if o.id != s.id]
        parts.append(
            f'<div class="clearfix"><p class="h3"><strong>Tin liên quan</strong></p><div class="clearfix"><ul class="related">{_related_list(items)}</ul></div>'
            f'<p class="text-right"><a title="{esc(TOPICS[topic])}" href="/news/topic/{topic}/">Xem tiếp...</a></p></div>'
        )
    same = newest(s.cat)
    idx = same.index(s)
    newer, older = same[:idx][-3:], same[idx + 1 : idx + 5]
    if newer:
        parts.append(
            f'<p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix"><ul class="related list-inline">{_related_list(newer)}</ul></div>'
        )
    if older:
        parts.append(
            f'<p class="h3"><strong>Các tin khác</strong></p><div class="clearfix"><ul class="related list-inline">{_related_list(older)}</ul></div>'
        )
    if not parts:
        return ""
    return (
        '<div class="news_column panel panel-default">\n<div class="panel-body other-news">\n'
        + "\n".join(parts)
        + "\n</div>\n</div>"
    )


def _rating(s: Story) -> tuple[int, int]:
    votes = 2 + s.id % 7
    return votes * 4 + s.id % 3, votes


def article_page(s: Story, request: Request) -> str:
    base = base_url(request)
    url = base + article_path(s)
    cat_title = CATS[s.cat][1]
    total, votes = _rating(s)
    tags = s.opts["tags"]
    keywords = ""
    if tags:
        links = ", ".join(
            f'<a title="{esc(TAGS[t])}" href="/news/tag/{t}"><em>{esc(TAGS[t])}</em></a>'
            for t in tags
        )
        keywords = f'<div class="news_column panel panel-default">\n<div class="panel-body">\n<div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}</div>\n</div>\n</div>'
    sendmail = sendmail_path(s)
    main = f"""<div class="news_column panel panel-default">
<div class="panel-body">
<h1 class="title margin-bottom-lg">{esc(s.title)}</h1>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5">{publtime(s)}</span></div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="Giới thiệu bài viết cho bạn bè" href="javascript:void(0);" onclick="nv_open_browse('{sendmail}','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('{print_path(s)}','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{savefile_path(s)}"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="Báo cáo nội dung lỗi" href="javascript:void(0);" data-toggle="report" data-target="#report-modal"><em class="fa fa-bug fa-lg">&nbsp;</em></a></li>
</ul></div>
</div>
{hometext_block(s)}
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body_html(s)}
</div>
{_files_block(s)}
{_author_block(s)}
</div>
</div>
{keywords}
<div class="news_column panel panel-default">
<div class="panel-body">
<form id="form3B" action="">
<div class="h5 clearfix">
<p id="stringrating">Tổng số điểm là: {total} sau {votes} lượt xếp hạng</p>
<span itemscope itemtype="http://data-vocabulary.org/Review-aggregate">Điểm trung bình theo thang điểm 5 là: <span itemprop="rating" id="numberrating">{total / votes:.1f}</span> - <span itemprop="votes" id="click_rating">{votes}</span> lượt xếp hạng</span>
<div style="padding: 5px;"><input class="hover-star required" type="radio" value="1" title="Bài viết rất kém" /><input class="hover-star required" type="radio" value="2" title="Bài viết kém" /><input class="hover-star required" type="radio" value="3" title="Bài viết đạt" /><input class="hover-star required" type="radio" value="4" title="Bài viết tốt" /><input class="hover-star required" type="radio" value="5" title="Bài viết rất tốt" /><span id="hover-test" style="margin: 0 0 0 20px;">Click để xếp hạng bài viết</span></div>
</div>
</form>
</div>
</div>
<div class="news_column panel panel-default">
<div class="panel-body">
<div class="socialicon clearfix margin-bottom-lg">
<div class="fb-like" data-href="{url}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true">&nbsp;</div>
<a href="https://sp.zalo.me/share_inline?d={quote(url, safe="")}" class="zalo-share-button" rel="nofollow">Chia sẻ Zalo</a>
</div>
</div>
</div>
<div class="news_column panel panel-default">
<div class="panel-body">
<div id="idcomment" class="nv-fullbg" data-module="news" data-content="news_commentcontent" data-area="8" data-id="{s.id}" data-allowed="1">
<div class="row clearfix margin-bottom-lg"><div class="col-xs-12 text-left"><p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</p></div></div>
<div id="showcomment" class="margin-top">Chưa có bình luận nào. Hãy là người đầu tiên bình luận bài viết này!</div>
<div id="formcomment" class="comment-form"><form method="post" role="form" target="submitcommentarea" action="/comment/post/" data-module="news" data-area="8" data-id="{s.id}">
<div class="form-group clearfix"><div class="row"><div class="col-xs-12"><input type="text" name="name" value="" class="form-control" placeholder="Tên của bạn"/></div><div class="col-xs-12"><input type="email" name="email" value="" class="form-control" placeholder="Email"/></div></div></div>
<div class="form-group clearfix"><textarea class="form-control" name="content" cols="60" rows="6" placeholder="Nội dung bình luận"></textarea></div>
<div class="form-group text-center"><input type="button" value="Thiết lập lại" class="reset btn btn-default" /> <input type="submit" value="Gửi bình luận" class="btn btn-primary" /></div>
</form></div>
</div>
</div>
</div>
{_others(s)}
<div class="modal fade" id="report-modal" tabindex="-1" role="dialog"><div class="modal-dialog"><div class="modal-content">
<div class="modal-header"><button type="button" class="close" data-dismiss="modal">&times;</button><div class="modal-title h2"><strong>Báo cáo nội dung lỗi</strong></div></div>
<div class="modal-body"><form action="/news/report/" method="post" data-id="{s.id}">
<div class="form-group"><label>Đoạn văn bản lỗi</label><textarea class="form-control" name="orig_content" rows="3"></textarea></div>
<div class="form-group"><label>Đoạn văn bản đề xuất thay thế</label><textarea class="form-control" name="repl_content" rows="3"></textarea></div>
<div class="form-group"><label>Email</label><input type="email" class="form-control" name="post_email"/><div class="help-block">Chúng tôi sẽ kiểm tra nội dung báo cáo lỗi của bạn. Vui lòng cung cấp email của bạn để chúng tôi có thể thông báo cho bạn khi có kết quả kiểm tra.</div></div>
<button type="submit" class="btn btn-primary">Gửi</button></form></div>
</div></div></div>"""
    image = (
        base
        + (_home_image(s) or (s.images[0] if s.images else Img(f"{THEME}/images/logo.png"))).src
    )
    when = _local(s).strftime("%Y-%m-%dT%H:%M:%S+07:00")
    meta = f"""<meta name="keywords" content="{esc(", ".join(TAGS[t] for t in tags))}">
<meta name="news_keywords" content="{esc(", ".join(TAGS[t] for t in tags))}">
<meta property="og:title" content="{esc(s.title)}">
<meta property="og:type" content="article">
<meta property="og:description" content="{esc(s.summary or s.title)}">
<meta property="og:image" content="{image}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{when}">
<meta property="article:modified_time" content="{when}">
<meta property="article:section" content="{esc(cat_title)}">
{"".join(f'<meta property="article:tag" content="{esc(TAGS[t])}">' for t in tags)}
<link rel="canonical" href="{url}">"""
    return _page(
        request,
        f"{s.title} - {SITE_SHORT}",
        main,
        op="detail",
        active=cat_path(s.cat) if s.cat != "hoat-dong-chuyen-mon" else "/news/tin-tuc-su-kien/",
        trail=[("/news/", "Tin Tức"), (cat_path(s.cat), cat_title)],
        meta=meta,
        feeds=((f"Tin Tức - {cat_title}", f"/feeds/news/{s.cat}/"),),
    )


def _print_body(s: Story, base: str) -> str:
    img = _home_image(s)
    imghome = ""
    if img is not None and s.summary:
        note = f"<em>{esc(img.printed)}</em>" if img.printed else ""
        imghome = f'<div class="imghome"><img alt="{esc(img.printed or s.title)}" src="{img.src}" width="460" /><p>{note}</p></div>'
    hometext = f'<div id="hometext">{_t(s, s.summary)}</div>' if s.summary else ""
    url = base + article_path(s)
    return f"""<div id="print">
<div id="hd_print"><h2 class="pull-left">{esc(SITE_SHORT)}</h2><p class="pull-right"><a title="{esc(SITE_SHORT)}" href="{base}/">{base}</a></p></div>
<div class="clear"></div><hr />
<div id="content">
<h1>{esc(s.title)}</h1>
<ul class="list-inline"><li>{publtime(s)}</li>
<li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In bài viết này" href="javascript:;" onclick="window.print()">In bài viết này</a></li>
<li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li></ul>
<div class="clear"></div>
{imghome}
{hometext}
<div class="clear"></div>
<div id="bodytext" class="clearfix">{body_html(s)}</div>
<div id="author">{_author_block(s)}</div>
</div>
<div id="footer" class="clearfix">
<div id="url"><strong>URL của bản tin này: </strong><a href="{url}" title="{esc(s.title)}">{url}</a></div>
<div class="clear"></div>
<div class="copyright">&copy; {esc(SITE_SHORT)}</div>
<div id="contact"><a href="mailto:{EMAIL}">{EMAIL}</a></div>
</div>
</div>"""


def print_page(s: Story, request: Request) -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(s.title)}</title>
<meta name="robots" content="noindex, nofollow">
<link rel="StyleSheet" href="{THEME}/css/news.print.css">
</head>
<body>
{_print_body(s, base)}
</body></html>"""


def savefile_response(s: Story, request: Request) -> Response:
    """ "Lưu bài viết này": the print layout sent as a file download."""
    return html(
        print_page(s, request),
        headers={
            "Content-Disposition": f'attachment; filename="{s.slug}.html"',
            "Cache-Control": "private",
        },
    )


def sendmail_page(s: Story) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Giới thiệu bài viết cho bạn bè</title><meta name="robots" content="noindex, nofollow"></head>
<body><div id="sendmail"><h2>Giới thiệu bài viết cho bạn bè</h2><p><strong>{esc(s.title)}</strong></p>
<form action="{sendmail_path(s)}" method="post">
<div class="form-group"><label>Tên của bạn</label><input class="form-control" type="text" name="name" /></div>
<div class="form-group"><label>E-mail của bạn</label><input class="form-control" type="email" name="youremail" /></div>
<div class="form-group"><label>E-mail người nhận</label><input class="form-control" type="email" name="email" /></div>
<div class="form-group"><label>Lời nhắn của bạn</label><textarea class="form-control" name="content" rows="5"></textarea></div>
<input type="hidden" name="checkss" value="{nv_base64(str(s.id * 7919))}" /><input class="btn btn-primary" type="submit" value="Gửi" />
</form></div></body></html>"""


def _pagination(cat: str, page: int, total: int, legacy: bool = False) -> str:
    """nv_alias_page(): « 1 2 3 », the current page a dead "#" link."""
    if total <= 1:
        return ""

    def href(n: int) -> str:
        return esc(legacy_cat_path(cat, n)) if legacy else cat_path(cat, n)

    items = [
        '<li class="disabled"><a href="#">&laquo;</a></li>'
        if page == 1
        else f'<li><a rel="prev" title="Trang {page - 1}" href="{href(page - 1)}">&laquo;</a></li>'
    ]
    for n in range(1, total + 1):
        if n == page:
            items.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            rel = ' rel="next"' if n == page + 1 else (' rel="prev"' if n == page - 1 else "")
            items.append(f'<li><a{rel} title="Trang {n}" href="{href(n)}">{n}</a></li>')
    items.append(
        '<li class="disabled"><a href="#">&raquo;</a></li>'
        if page == total
        else f'<li><a rel="next" title="Trang {page + 1}" href="{href(page + 1)}">&raquo;</a></li>'
    )
    return f'<div class="text-center">\n<ul class="pagination">{"".join(items)}</ul>\n</div>'


def _teaser(s: Story) -> str:
    hometext = f'<p class="text-justify">{_t(s, s.summary)}</p>' if s.summary else ""
    return f"""<div class="news_column">
<div class="panel panel-default">
<div class="panel-body">
<a href="{article_path(s)}" title="{esc(s.title)}"><img alt="{esc(s.title)}" src="{_thumb(s)}" width="183" class="img-thumbnail pull-left imghome" /></a>
<h3><a href="{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></h3>
<ul class="list-inline text-muted small"><li><em class="fa fa-clock-o">&nbsp;</em>{_local(s):%d/%m/%Y %H:%M}</li><li><em class="fa fa-eye">&nbsp;</em>Xem: {s.views()}</li></ul>
{hometext}
</div>
</div>
</div>"""


def listing_page(request: Request, cat: str, page: int, legacy: bool = False) -> str:
    cat_title = CATS[cat][1]
    items = newest(cat)
    total = pages(cat)
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    rest = items[page * PER_PAGE : page * PER_PAGE + OTHERS_ON_LISTING]
    others = ""
    if rest:
        others = (
            '<hr/>\n<h4>Các tin khác</h4>\n<ul class="related">'
            + "".join(
                f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{article_path(o)}" title="{esc(o.title)}">{esc(o.title)} <em>({_dmy(o)}) </em></a></li>'
                for o in rest
            )
            + "</ul>"
        )
    main = (
        "\n".join(_teaser(s) for s in chunk)
        + f"\n{others}\n{_pagination(cat, page, total, legacy)}"
    )
    title = cat_title if page == 1 else f"{cat_title} - Trang {page}"
    canonical = base_url(request) + cat_path(cat, page)
    meta = f'<meta property="og:type" content="website">\n<meta property="og:url" content="{canonical}">\n<link rel="canonical" href="{canonical}">'
    return _page(
        request,
        f"{title} - {SITE_SHORT}",
        main,
        op=cat,
        active=cat_path(cat),
        trail=[("/news/", "Tin Tức"), (cat_path(cat), cat_title)],
        meta=meta,
        feeds=((f"Tin Tức - {cat_title}", f"/feeds/news/{cat}/"),),
    )


def _item_list(items: list[Story], heading: str) -> str:
    rows = "".join(
        f'<li class="clearfix"><a href="{article_path(s)}" title="{esc(s.title)}"><img src="{_thumb(s)}" alt="{esc(s.title)}" width="100" class="img-thumbnail pull-left"/></a>'
        f'<h3><a href="{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></h3><span class="text-muted">{publtime(s)}</span></li>'
        for s in items
    )
    return f'<div class="panel panel-default"><div class="panel-heading"><h1 class="h3">{esc(heading)}</h1></div><div class="panel-body"><ul class="list-none viewcat-list">{rows}</ul></div></div>'


def topic_page(request: Request, topic: str) -> str:
    main = _item_list(topic_items(topic), TOPICS[topic])
    return _page(
        request,
        f"{TOPICS[topic]} - {SITE_SHORT}",
        main,
        op="topic",
        trail=[("/news/", "Tin Tức"), (f"/news/topic/{topic}/", TOPICS[topic])],
    )


def tag_page(request: Request, tag: str) -> str:
    main = _item_list(tag_items(tag), f"Tags: {TAGS[tag]}")
    return _page(
        request,
        f"{TAGS[tag]} - {SITE_SHORT}",
        main,
        op="tag",
        trail=[("/news/", "Tin Tức"), (f"/news/tag/{tag}", TAGS[tag])],
    )


def home_page(request: Request) -> str:
    """The news module's main page (viewcat_main_right) under a headline block and a marquee."""
    hot = [s for s in newest() if s.opts.get("inhome")][:4]
    slides = "".join(
        f'<div class="item{" active" if i == 0 else ""}"><a href="{article_path(s)}" title="{esc(s.title)}"><img src="{_thumb(s)}" alt="{esc(s.title)}" width="500" height="300"/></a>'
        f'<div class="carousel-caption"><h3><a href="{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></h3></div></div>'
        for i, s in enumerate(hot)
    )
    notices = " &nbsp;|&nbsp; ".join(
        f'<a href="{esc(legacy_path(s))}" title="{esc(s.title)}">{esc(s.title)}</a>'
        for s in newest("thong-bao")
    )
    blocks = []
    for cat, (_, cat_title) in CATS.items():
        items = [s for s in newest(cat) if s.opts.get("inhome") and s.cat == cat]
        if not items:
            continue
        first, rest = items[0], items[1:4]
        lead = f'<p class="text-justify">{_t(first, first.summary)}</p>' if first.summary else ""
        others = "".join(
            f'<li class="icon_list"><a class="show" href="{article_path(o)}" title="{esc(o.title)}">{esc(o.title)}</a></li>'
            for o in rest
        )
        blocks.append(f"""<div class="news_column panel panel-default">
<div class="panel-heading"><h4><a title="{esc(cat_title)}" href="{cat_path(cat)}"><span>{esc(cat_title)}</span></a></h4></div>
<div class="panel-body"><div class="row">
<div class="col-md-12"><a href="{article_path(first)}" title="{esc(first.title)}"><img src="{_thumb(first)}" alt="{esc(first.title)}" width="100%" class="img-thumbnail"/></a>
<h3><a href="{article_path(first)}" title="{esc(first.title)}">{esc(first.title)}</a></h3>{lead}</div>
<div class="col-md-12"><ul class="related">{others}</ul></div>
</div></div>
</div>""")
    main = f"""<div class="panel panel-default headline"><div class="panel-body"><div id="hot-news" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div></div></div></div>
<div class="panel panel-default"><div class="panel-body marquee-notice"><strong>Thông báo:</strong> <marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">{notices}</marquee></div></div>
{"".join(blocks)}"""
    canonical = base_url(request) + request.path
    meta = f'<meta property="og:type" content="website">\n<meta property="og:url" content="{canonical}">\n<link rel="canonical" href="{base_url(request)}/">'
    return _page(request, f"Tin Tức - {SITE_SHORT}", main, active="/", meta=meta)


# --------------------------------------------------------------------------- pages: other modules


def laws_main(request: Request) -> str:
    rows = "".join(
        f'<tr><td class="text-center">{i}</td><td><a href="/laws/detail/{d.alias}.html" title="{esc(d.title)}">{esc(d.code)}</a></td>'
        f'<td class="text-center">{d.publ}</td><td><a href="/laws/detail/{d.alias}.html" title="{esc(d.title)}">{esc(d.intro)}</a></td></tr>'
        for i, d in enumerate(LAWS, 1)
    )
    main = f"""<div class="panel panel-default"><div class="panel-body">
<form action="/laws/search/" method="get" class="form-inline"><input type="text" class="form-control" name="q" placeholder="Từ khóa"/> <input type="submit" class="btn btn-primary" value="Tìm kiếm"/></form>
<p class="margin-top">Tổng số: {len(LAWS)} văn bản pháp quy</p>
<div class="table-responsive"><table class="table table-striped table-bordered table-hover"><thead><tr><th>STT</th><th>Số hiệu</th><th>Ban hành</th><th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table></div>
</div></div>"""
    return _page(
        request,
        f"Văn bản - {SITE_SHORT}",
        main,
        module="laws",
        active="/laws/",
        trail=[("/laws/", "Văn bản")],
    )


def law_detail(request: Request, d: Law) -> str:
    fields = (
        ("Số hiệu văn bản", esc(d.code)),
        ("Ngày ban hành", d.publ),
        ("Ngày bắt đầu hiệu lực", d.start),
        ("Thể loại", esc(d.cat)),
        ("Lĩnh vực", "Giáo dục - Đào tạo"),
        ("Cơ quan ban hành", esc(d.subject)),
        ("Người ký", esc(d.signer)),
    )
    rows = "".join(
        f'<tr class="hoatim"><td style="width:160px" class="text-right">{k}</td><td>{v}</td></tr>'
        for k, v in fields
    )
    others = "".join(
        f'<li><a href="/laws/detail/{o.alias}.html" title="{esc(o.title)}">{esc(o.code)}</a> - {esc(o.title)}</li>'
        for o in LAWS
        if o != d
    )
    main = f"""<div class="panel panel-default"><div class="panel-body">
<h1 class="lawh3">{esc(d.title)}</h1>
<p>{esc(d.intro)}</p>
<div class="table-responsive"><table class="table table-striped table-bordered table-hover"><tbody>{rows}</tbody></table></div>
<h2 class="lawh3"><em class="fa fa-download">&nbsp;</em>File đính kèm</h2>
<div class="list-group laws-download-file"><div class="list-group-item"><a rel="dofollow" href="/laws/detail/{d.alias}.html?download=1&amp;id=0" title="Tải tập tin {esc(d.file)}">Tải tập tin: <strong>{esc(d.file)}</strong></a></div></div>
<h2 class="subtitle">Các văn bản khác</h2><ul class="list-item">{others}</ul>
</div></div>"""
    return _page(
        request,
        f"{d.title} - {SITE_SHORT}",
        main,
        module="laws",
        op="detail",
        active="/laws/",
        trail=[("/laws/", "Văn bản"), (f"/laws/detail/{d.alias}.html", d.code)],
    )


def albums_main(request: Request) -> str:
    cards = "".join(
        f'<div class="col-xs-12 col-md-8 album-item"><a href="/albums/{a.alias}-{a.id}.html" title="{esc(a.title)}"><img src="{a.photos[0][0].replace("/uploads/", "/assets/", 1)}" alt="{esc(a.title)}" class="img-thumbnail"/></a>'
        f'<h3><a href="/albums/{a.alias}-{a.id}.html">{esc(a.title)}</a></h3><p class="text-muted small">{a.date} - {len(a.photos)} ảnh</p></div>'
        for a in ALBUMS
    )
    main = f'<div class="panel panel-default"><div class="panel-heading"><h1 class="h3">Thư viện ảnh</h1></div><div class="panel-body"><div class="row">{cards}</div></div></div>'
    return _page(
        request,
        f"Thư viện ảnh - {SITE_SHORT}",
        main,
        module="albums",
        active="/albums/",
        trail=[("/albums/", "Thư viện ảnh")],
    )


def album_detail(request: Request, a: Album) -> str:
    photos = "".join(
        f'<div class="col-xs-12 col-md-8 photo-item"><a href="{src}" data-fancybox="gallery" data-caption="{esc(note)}"><img src="{src.replace("/uploads/", "/assets/", 1)}" alt="{esc(note or a.title)}" class="img-thumbnail"/></a>'
        + (f'<p class="photo-desc text-center">{esc(note)}</p>' if note else "")
        + "</div>"
        for src, note in a.photos
    )
    main = f"""<div class="panel panel-default album-detail"><div class="panel-heading"><h1 class="h3">{esc(a.title)}</h1></div>
<div class="panel-body"><p class="text-muted"><em class="fa fa-calendar">&nbsp;</em>{a.date} &nbsp; <em class="fa fa-picture-o">&nbsp;</em>{len(a.photos)} ảnh</p><div class="row">{photos}</div></div></div>"""
    return _page(
        request,
        f"{a.title} - {SITE_SHORT}",
        main,
        module="albums",
        op="detail",
        active="/albums/",
        trail=[("/albums/", "Thư viện ảnh"), (f"/albums/{a.alias}-{a.id}.html", a.title)],
    )


def about_page(request: Request, alias: str | None) -> str:
    if alias is None:
        rows = "".join(
            f'<li><a href="/about/{k}.html">{esc(t)}</a></li>' for k, (t, _) in ABOUT.items()
        )
        main = f'<div class="panel panel-default"><div class="panel-body"><h1 class="h3">Giới thiệu</h1><ul>{rows}</ul></div></div>'
        return _page(
            request,
            f"Giới thiệu - {SITE_SHORT}",
            main,
            module="about",
            active="/about/gioi-thieu-chung.html",
            trail=[("/about/", "Giới thiệu")],
        )
    title, paragraphs = ABOUT[alias]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paragraphs)
    main = f'<div class="page panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">{esc(title)}</h1><div class="clearfix"></div><div id="page-bodyhtml" class="bodytext margin-bottom-lg">{body}</div></div></div>'
    return _page(
        request,
        f"{title} - {SITE_SHORT}",
        main,
        module="about",
        active="/about/gioi-thieu-chung.html",
        trail=[("/about/", "Giới thiệu"), (f"/about/{alias}.html", title)],
    )


def contact_page(request: Request) -> str:
    main = f"""<div class="panel panel-default"><div class="panel-body">
<h1 class="h3">Liên hệ</h1>
<div class="contact-info"><p><strong>{esc(SITE)}</strong></p><p><em class="fa fa-map-marker">&nbsp;</em>Địa chỉ: {esc(ADDRESS)}</p>
<p><em class="fa fa-phone">&nbsp;</em>Điện thoại: {PHONE}</p><p><em class="fa fa-phone-square">&nbsp;</em>Đường dây nóng: {HOTLINE}</p><p><em class="fa fa-envelope">&nbsp;</em>Email: {EMAIL}</p></div>
<form method="post" action="/contact/" class="form-horizontal">
<div class="form-group"><label class="col-sm-6 control-label">Bộ phận</label><div class="col-sm-18"><select class="form-control" name="fpart"><option value="1">Văn phòng</option><option value="2">Bộ phận Tiểu học</option><option value="3">Bộ phận THCS</option></select></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Họ và tên</label><div class="col-sm-18"><input type="text" name="fname" class="form-control"/></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Email</label><div class="col-sm-18"><input type="email" name="femail" class="form-control"/></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Tiêu đề</label><div class="col-sm-18"><input type="text" name="ftitle" class="form-control"/></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Nội dung</label><div class="col-sm-18"><textarea name="fcon" rows="6" class="form-control"></textarea></div></div>
<div class="form-group text-center"><input type="submit" value="Gửi thư" class="btn btn-primary"/></div>
</form></div></div>"""
    return _page(
        request,
        f"Liên hệ - {SITE_SHORT}",
        main,
        module="contact",
        active="/contact/",
        trail=[("/contact/", "Liên hệ")],
    )


def content_page(request: Request) -> str:
    """ "Gửi bài viết": the news module's post form (op=content), open to guests."""
    options = "".join(f'<option value="{cid}">{esc(t)}</option>' for cid, t in CATS.values())
    main = f"""<div class="panel panel-default"><div class="panel-body">
<h1 class="h3">Đăng bài viết</h1>
<form action="/news/content/" method="post" enctype="multipart/form-data">
<div class="form-group"><label>Tiêu đề</label><input type="text" class="form-control" name="title"/></div>
<div class="form-group"><label>Chuyên mục</label><select class="form-control" name="catid">{options}</select></div>
<div class="form-group"><label>Giới thiệu ngắn gọn</label><textarea class="form-control" name="hometext" rows="3"></textarea></div>
<div class="form-group"><label>Nội dung chi tiết</label><textarea class="form-control" name="bodyhtml" rows="10"></textarea></div>
<div class="form-group"><label>Tác giả</label><input type="text" class="form-control" name="author"/></div>
<div class="form-group"><label>Mã bảo mật</label><input type="text" class="form-control" name="fcode"/> <img src="/index.php?scaptcha=captcha&amp;t=1731029460" alt="Mã bảo mật" width="150" height="40"/></div>
<input type="submit" class="btn btn-primary" name="status1" value="Đăng bài viết"/> <input type="submit" class="btn btn-default" name="status0" value="Lưu nháp"/>
</form></div></div>"""
    return _page(
        request,
        f"Gửi bài viết - {SITE_SHORT}",
        main,
        op="content",
        active="/news/content/",
        trail=[("/news/", "Tin Tức"), ("/news/content/", "Gửi bài viết")],
    )


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def seek_page(request: Request) -> str:
    q = request.params.get("q", "").strip()
    if len(q) >= 3:
        hits = [s for s in newest() if _fold(q) in _fold(s.title + " " + (s.summary or ""))]
        rows = "".join(
            f'<div class="result"><h3><a href="{article_path(s)}">{esc(s.title)}</a></h3><p>{esc(s.summary or "")}</p><span class="text-muted small">{_dmy(s)}</span></div>'
            for s in hits
        )
        body = f"<p>Tìm thấy tổng cộng <strong>{len(hits)}</strong> kết quả trong mục Tin tức</p>{rows}"
    else:
        body = "<p>Từ tìm kiếm quá ngắn. Vui lòng nhập ít nhất 3 ký tự</p>"
    main = f"""<div class="panel panel-default"><div class="panel-body">
<h1 class="h3">Tìm kiếm</h1>
<form action="/seek/" method="get"><input type="text" class="form-control" name="q" value="{esc(q)}"/> <input type="submit" class="btn btn-primary" value="Tìm kiếm"/></form>
{body}</div></div>"""
    return _page(
        request,
        f"Tìm kiếm - {SITE_SHORT}",
        main,
        module="seek",
        trail=[("/seek/", "Tìm kiếm")],
        meta='<meta name="robots" content="noindex, follow">',
    )


def users_page(request: Request, op: str) -> str:
    if op == "lostpass":
        main = """<div class="panel panel-default"><div class="panel-body"><h1 class="h3">Khôi phục mật khẩu</h1>
<form action="/users/lostpass/" method="post"><div class="form-group"><label>Email hoặc tên đăng nhập</label><input type="text" class="form-control" name="userField"/></div>
<input type="submit" class="btn btn-primary" value="Gửi"/></form></div></div>"""
        return _page(
            request,
            f"Khôi phục mật khẩu - {SITE_SHORT}",
            main,
            module="users",
            op=op,
            trail=[("/users/", "Tài khoản")],
            sidebar=False,
        )
    title = "Đăng nhập" if op == "login" else "Đăng ký thành viên"
    extra = (
        '<div class="form-group"><label>Email</label><input type="email" class="form-control" name="email"/></div>'
        if op == "register"
        else ""
    )
    main = f"""<div class="panel panel-default"><div class="panel-body">
<h1 class="h3">{title}</h1>
<form action="/users/{op}/" method="post">
<div class="form-group"><label>Tên đăng nhập</label><input type="text" class="form-control" name="nv_login"/></div>
{extra}<div class="form-group"><label>Mật khẩu</label><input type="password" class="form-control" name="nv_password"/></div>
<input type="hidden" name="nv_redirect" value="{esc(request.params.get("nv_redirect", ""))}"/>
<input type="submit" class="btn btn-primary" value="{title}"/> <a href="/users/lostpass/">Quên mật khẩu?</a>
</form></div></div>"""
    return _page(
        request,
        f"{title} - {SITE_SHORT}",
        main,
        module="users",
        op=op,
        trail=[("/users/", "Tài khoản")],
        meta='<meta name="robots" content="noindex, nofollow">',
        sidebar=False,
    )


def feeds_page(request: Request) -> str:
    rows = "".join(
        f'<li><a href="/feeds/news/{c}/" title="{esc(t)}"><img src="/assets/images/rss.png" alt="RSS"/> {esc(t)}</a></li>'
        for c, (_, t) in CATS.items()
    )
    main = f"""<div class="panel panel-default"><div class="panel-body"><h1 class="h3">RSS</h1>
<p>RSS (Really Simple Syndication) là một tiêu chuẩn định dạng tài liệu dựa trên XML nhằm giúp người sử dụng dễ dàng cập nhật và tra cứu thông tin.</p>
<ul class="rss-tree"><li><a href="/feeds/news/" title="Tin Tức"><img src="/assets/images/rss.png" alt="RSS"/> Tin Tức</a><ul>{rows}</ul></li></ul>
</div></div>"""
    return _page(request, f"RSS - {SITE_SHORT}", main, module="feeds", trail=[("/feeds/", "RSS")])


def _rfc822(s: Story) -> str:
    return format_datetime(_local(s))


def rss(request: Request, cat: str | None) -> Response:
    base = base_url(request)
    if cat is None:
        items = [s for s in newest() if s.opts.get("inhome")][:FEED_SIZE]
        title, link, self_path = "Tin Tức", f"{base}/news/", "/feeds/news/"
    else:
        items = newest(cat)[:FEED_SIZE]
        title, link, self_path = (
            f"Tin Tức - {CATS[cat][1]}",
            base + cat_path(cat),
            f"/feeds/news/{cat}/",
        )
    entries = "".join(
        f"""
<item>
<title>{esc(s.title)}</title>
<link>{base}{article_path(s)}</link>
<guid isPermaLink="false">news_{s.id}</guid>
<description><![CDATA[<a href="{base}{article_path(s)}"><img src="{base}{_thumb(s)}" width="100" align="left" border="0"></a>{s.summary or ""}]]></description>
<pubDate>{_rfc822(s)}</pubDate>
</item>"""
        for s in items
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="{base}/assets/css/rss.xsl" media="screen"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>{esc(title)}</title>
<link>{link}</link>
<atom:link href="{base}{self_path}" rel="self" type="application/rss+xml" />
<description>Tin tức, thông báo của {esc(SITE)}</description>
<language>vi</language>
<copyright>{esc(SITE_SHORT)}</copyright>
<docs>{base}/feeds/</docs>
<generator>NukeViet v4.5</generator>
<image><url>{base}/uploads/logo-pgd-yen-thanh.png</url><title>{esc(title)}</title><link>{link}</link><width>144</width><height>144</height></image>{entries}
</channel>
</rss>"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def sitemap(request: Request, which: str) -> Response:
    base = base_url(request)
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    if which == "index":
        body = (
            head
            + f'<?xml-stylesheet type="text/xsl" href="{base}/themes/default/css/sitemapindex.xsl"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        )
        for mod in ("news", "about", "laws"):
            body += f"<sitemap><loc>{base}/sitemap-vi.{mod}.xml</loc><lastmod>2026-11-25T07:00:00+07:00</lastmod></sitemap>"
        body += "</sitemapindex>"
    else:
        if which == "news":
            urls = [
                (article_path(s), _local(s).strftime("%Y-%m-%dT%H:%M:%S+07:00")) for s in newest()
            ]
        elif which == "about":
            urls = [(f"/about/{a}.html", "2026-06-10T08:00:00+07:00") for a in ABOUT]
        else:
            urls = [(f"/laws/detail/{d.alias}.html", "2026-11-02T15:00:00+07:00") for d in LAWS]
        body = (
            head
            + f'<?xml-stylesheet type="text/xsl" href="{base}/themes/default/css/sitemap.xsl"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        )
        body += "".join(
            f"<url><loc>{base}{p}</loc><lastmod>{m}</lastmod><changefreq>daily</changefreq><priority>0.8</priority></url>"
            for p, m in urls
        )
        body += "</urlset>"
    return Response(200, body, {"Content-Type": "text/xml; charset=utf-8"})


_ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /assets/js/
Disallow: /data/
Disallow: /includes/
Disallow: /install/
Disallow: /modules/
Disallow: /vendor/
Disallow: /users/
Disallow: /news/savefile/
Disallow: /news/sendmail/

Sitemap: {base}/sitemap.xml
"""


def not_found(request: Request, module_path: str = "/") -> Response:
    """nv_info_die() with status 404: the theme's error page and a meta refresh."""
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Lỗi 404 - Không tìm thấy trang - {esc(SITE_SHORT)}</title>
<meta http-equiv="Refresh" content="5;URL={module_path}">
<link rel="StyleSheet" href="{THEME}/css/style.css"></head>
<body><div id="outer"><div id="inner" class="text-center">
<h1>Lỗi 404 - Không tìm thấy trang</h1>
<p>Rất tiếc, trang bạn yêu cầu không tồn tại hoặc đã bị xóa.<br />Hệ thống sẽ tự chuyển về <a href="{module_path}">trang trước</a> sau 5 giây.</p>
</div></div></body></html>"""
    return html(page, status=404)


# --------------------------------------------------------------------------- routing

_ARTICLE = re.compile(r"^/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_TOOL = re.compile(r"^/news/(print|savefile|sendmail)/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_CAT = re.compile(r"^/news/([a-z0-9-]+)/(?:page-(\d+)/)?$")
_OP_ARTICLE = re.compile(r"^([a-z0-9-]+)/([a-z0-9-]+)-(\d+)$")
_OP_CAT = re.compile(r"^([a-z0-9-]+)(?:/page-(\d+))?$")


class NukeViet4Pgd:
    """The site: NukeViet's rewrite rules (``.htaccess``) and its modules, as a table of regexes."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            return static_file(path) or not_found(request)
        if path == "/robots.txt":
            return Response(
                200,
                _ROBOTS.format(base=base_url(request)),
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        if path == "/sitemap.xml":
            return sitemap(request, "index")
        if m := re.fullmatch(r"/sitemap-vi\.(news|about|laws)\.xml", path):
            return sitemap(request, m.group(1))
        if path == "/feeds/news/":
            return rss(request, None)
        if m := re.fullmatch(r"/feeds/news/([a-z0-9-]+)/", path):
            return rss(request, m.group(1)) if m.group(1) in CATS else not_found(request, "/feeds/")
        if path in ("/", "/index.php"):
            return self._index_php(request)
        page = self._page(request)
        if isinstance(page, Response):
            return page
        if page is None:
            return not_found(request)
        return html(
            page,
            headers={
                "Set-Cookie": "nv4c_t8k2m_sess=4f0c1d2e9b8a7c6d5e4f3a2b1c0d9e8f; path=/; HttpOnly"
            },
        )

    def _index_php(self, request: Request) -> Response:
        """``/`` and the unrewritten ``index.php?language=vi&nv=…&op=…`` forms."""
        params = request.params
        if "nvvithemever" in params:
            target = nv_base64_decode(params.get("nv_redirect", ""))
            if not target.startswith("/") or target.startswith("//"):
                target = "/"
            return Response(
                302,
                b"",
                {
                    "Location": target,
                    "Set-Cookie": f"nv4c_t8k2m_nvvithemever={params['nvvithemever']}; path=/",
                },
            )
        module = params.get("nv", "news")
        op = params.get("op", "")
        if not request.query or (module == "news" and not op and request.path == "/"):
            return html(home_page(request))
        if module != "news":
            return not_found(request)
        if not op:
            return html(home_page(request))
        if (m := _OP_ARTICLE.match(op)) and m.group(2) != "page":
            s = _BY_ID.get(int(m.group(3)))
            if s is None:
                return not_found(request, "/news/")
            return html(article_page(s, request))
        if (m := _OP_CAT.match(op)) and m.group(1) in CATS:
            page = int(m.group(2) or 1)
            if page > pages(m.group(1)):
                return redirect(legacy_cat_path(m.group(1)), 302)
            return html(listing_page(request, m.group(1), page, legacy=True))
        return not_found(request, "/news/")

    def _page(self, request: Request) -> str | Response | None:
        path = request.path
        params = request.params
        if path == "/news/":
            return home_page(request)
        if m := _TOOL.match(path):
            kind, cat, slug, sid = m.groups()
            s = _BY_ID.get(int(sid))
            if s is None or s.cat != cat or s.slug != slug:
                return not_found(request, "/news/")
            if kind == "print":
                return print_page(s, request)
            if kind == "savefile":
                return savefile_response(s, request)
            return sendmail_page(s)
        if m := _ARTICLE.match(path):
            cat, slug, sid = m.groups()
            s = _BY_ID.get(int(sid))
            if s is None:
                return not_found(request, "/news/")
            if s.cat != cat or s.slug != slug:
                return redirect(article_path(s), 301)
            if params.get("download") is not None:
                files = s.opts.get("files", [])
                idx = int(params.get("id") or 0)
                if not files or idx >= len(files):
                    return not_found(request, article_path(s))
                return Response(
                    200,
                    PDF,
                    {
                        "Content-Type": "application/pdf",
                        "Content-Disposition": f'attachment; filename="{files[idx][1]}"',
                    },
                )
            return article_page(s, request)
        if m := re.fullmatch(r"/news/topic/([a-z0-9-]+)/", path):
            return topic_page(request, m.group(1)) if m.group(1) in TOPICS else None
        if m := re.fullmatch(r"/news/tag/([a-z0-9-]+)", path):
            return tag_page(request, m.group(1)) if m.group(1) in TAGS else None
        if path == "/news/content/":
            return content_page(request)
        if m := _CAT.match(path):
            cat = m.group(1)
            if cat not in CATS:
                return None
            page = int(m.group(2) or 1)
            if m.group(2) and page <= 1:
                return redirect(cat_path(cat), 301)
            if page > pages(cat):
                return redirect(cat_path(cat), 302)
            return listing_page(request, cat, page)
        if path == "/laws/":
            return laws_main(request)
        if m := re.fullmatch(r"/laws/detail/([a-z0-9-]+)\.html", path):
            d = _LAW_BY_ALIAS.get(m.group(1))
            if d is None:
                return None
            if "download" in params:
                return Response(
                    200,
                    PDF,
                    {
                        "Content-Type": "application/pdf",
                        "Content-Disposition": f'attachment; filename="{d.file}"',
                    },
                )
            return law_detail(request, d)
        if path == "/albums/":
            return albums_main(request)
        if path in _ALBUM_BY_PATH:
            return album_detail(request, _ALBUM_BY_PATH[path])
        if path == "/about/":
            return about_page(request, None)
        if m := re.fullmatch(r"/about/([a-z0-9-]+)\.html", path):
            return about_page(request, m.group(1)) if m.group(1) in ABOUT else None
        if path == "/contact/":
            return contact_page(request)
        if path == "/feeds/":
            return feeds_page(request)
        if path == "/seek/":
            return seek_page(request)
        if path in ("/users/", "/users/login/", "/users/register/", "/users/lostpass/"):
            return users_page(request, path.split("/")[2] or "login")
        if len(path) > 1 and not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            return redirect(path + "/" + (f"?{request.query}" if request.query else ""), 301)
        return None


def build_site() -> NukeViet4Pgd:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return NukeViet4Pgd()
