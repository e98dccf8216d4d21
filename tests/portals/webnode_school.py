"""A primary school's website built on the hosted builder Webnode (2019-2023 templates).

Platform imitated
-----------------
Trường Tiểu học Nguyễn Văn Trỗi (xã Ea Kar, tỉnh Đắk Lắk) made its site on Webnode, started on
the free subdomain ``thnguyenvantroi-eakar.webnode.vn`` and later connected its own domain. The
pages are Webnode's "new" responsive templates: sections ``<section class="s s-…">``, blocks
``<div class="b b-…">``, the header ``s-hn s-hn-centered`` with the school's name, the menu
``<nav class="menu"><ul class="menu-ul"><li class="menu-item">`` (the current page's item is
``menu-item menu-item-active``), Webnode's free-plan footer ("Tạo website miễn phí với Webnode",
linked to webnode.com with utm parameters) and the cookie bar ("Trang web này sử dụng cookie …
Đồng ý"). Besides Webnode's own chrome the school pasted boxes of its own into every page (an
HTML block in the footer section): a top bar with *today's* date (``TODAY``), "Tin mới",
"Liên kết website" (links to other hosts), the address/phone block and a visitor counter.

URL scheme and page kinds
-------------------------
- ``/`` home: a hero text about the school (link to Giới thiệu), the blog module of Tin tức (its
  three newest posts) and the blog module of Thông báo (its three posts), each with "Xem tất cả".
- ``/tin-tuc/`` and ``/thong-bao/``: Webnode pages holding a blog module. A listing is
  ``<div class="blog-list">`` of ``<article class="b b-blog-item">`` with a thumbnail (the post's
  first photo at the 350 px size), ``<h2 class="b-blog-title"><a>``, ``<span
  class="b-blog-date">12.11.2026</span>`` (day.month.year with dots), a perex (the post's opening
  words cut with " …") and "Đọc thêm »". Tin tức shows 4 posts a page, 10 posts: pages 1, 2, 3.
  Pagination ``<div class="pagination">`` prints "« Trước 1 2 3 Sau »": the page numbers link
  ``/tin-tuc/`` and ``/tin-tuc/?page=N``; "« Trước" and "Sau »" link Webnode's other parameter
  ``/tin-tuc/?rs-blog-page=N``, which serves the very same page (the *twin pager*). A page past the
  end (``?page=9``) answers 200 with an empty list and no pager. Thông báo has 3 posts: one page,
  its pager prints the current "1" with "« Trước" and "Sau »" greyed (spans, no links).
- ``/l/<slug>/``: a blog post (Webnode's post address). ``/l/<slug>`` without the slash answers
  301 to the slashed address (never linked). The post page is ``<article class="b-blog-post">``
  with ``<h1 class="b-blog-post-title">``, the info line ``<div class="b-blog-post-info"><span
  class="date">12.11.2026</span> · <span class="category">Tin tức</span></div>``, the text
  ``<div class="b-text b-text-p">``, a tags line "Thẻ: …" (links to tag pages), then "Chia sẻ:
  Facebook Twitter", "← Quay lại" (to the post's blog page) and a "Bài viết mới nhất" box (the
  three newest posts other than this one, with their dates). No rel=canonical; ``og:url`` holds the
  *absolute address on the old free subdomain* ``http://thnguyenvantroi-eakar.webnode.vn/l/<slug>/``
  (another host: never served here). The ``<title>`` is "<post title> :: <school>".
- ``/tags/<tag>/``: tag pages (Webnode keeps the tag's own spelling, so the path is the
  percent-encoded Vietnamese tag with ``%20`` for spaces): ``/tags/ngo%E1%BA%A1i%20kh%C3%B3a/``
  and ``/tags/thi%20%C4%91ua/``. Each lists its posts in the blog-item markup: listings, not
  articles.
- ``/album-anh/``: a photo gallery (h1, a line of text, 8 thumbnails). Each thumbnail links only to
  a fragment ``/album-anh/#photo-N`` (Webnode's lightbox: the same page). Under the gallery
  "Ảnh tiêu biểu: … Xem ảnh" links the single photo page ``/album-anh/photo-20000345/``: an h1 with
  the photo's name, the photo at 1000 px, two sentences of description, "« Ảnh trước · Ảnh sau »"
  (fragments of the album again) and "← Quay lại album".
- ``/gioi-thieu/``: static page (history, a table of classes and pupils, a photo of the school).
- ``/lien-he/``: static page with address, phone, e-mail, a map (iframe to Google Maps) and the
  contact form ``<form method="post" action="/contact-form/submit">``. A POST answers 303 to
  ``/lien-he/?form=sent`` (the contact page with "Cảm ơn bạn! Tin nhắn đã được gửi."); a GET of
  ``/contact-form/submit`` answers 405.
- Footer links carry Webnode's tracking: ``/gioi-thieu/?_ga=2.…`` and
  ``/lien-he/?wnd_utm_source=footer&wnd_utm_medium=link``; any query on a static page, album or tag
  page serves that page unchanged.
- Files under ``/_files/…`` (photos at several widths, the PDF attachment of one notice), styles
  and scripts under ``/css/`` and ``/js/``. ``/robots.txt`` allows everything; there is no sitemap.

Which path reaches each gold article
------------------------------------
Tin tức page 1 (``/tin-tuc/``): T1-T4; page 2 (``?page=2`` or ``?rs-blog-page=2``): T5-T8; page 3:
T9-T10. Thông báo (``/thong-bao/``): N1-N3. The home page links T1-T3 and N1-N3 directly; the tag
pages and the "Bài viết mới nhất" boxes link some posts again (same addresses).

Traps
-----
- The twin pager: ``?page=N`` and ``?rs-blog-page=N`` are the same listing page.
- Tag pages and the home page repeat posts in the very blog-item markup of the blogs.
- The album: fragment links ``#photo-N`` (one page), and the single photo page with an h1, a big
  photo and descriptive sentences: not an article.
- The contact form (POST target, 405 on GET) and the footer links with ``_ga`` / ``wnd_…``
  tracking queries (the same static pages).
- og:url on the old ``webnode.vn`` host: another host, not to be followed nor taken as the
  record's address (gold canonical_path is the path served here).
- The cookie bar text, the "Tạo website miễn phí với Webnode" link, the header's today-date, the
  visitor counter, the "Bài viết mới nhất" box with dates, "Chia sẻ", "← Quay lại", "Thẻ:".

Gold decisions (as a careful reader decides)
--------------------------------------------
- Title: the h1 of the post (N1-N3 and T1-T10 as printed; T4's title and text are typed with
  decomposed Unicode, gold is NFC).
- Date: the info line's ``dd.mm.yyyy``, day first, a day only: ``published_at`` is "YYYY-MM-DD".
  The listing prints the same date. T7 ("Họp phụ huynh…") prints no date in its info line (only
  the category); its text opens "Ngày 05/10/2026, …" and the listing says 05.10.2026: gold
  2026-10-05. Dates inside texts ("từ 15/11 đến 20/11/2026" in N2, "20/11/1982" in T1's title)
  are content. The header's "Thứ Tư, ngày 25/11/2026" is today, never a date of a post.
- Category: the info line's category ("Tin tức" or "Thông báo"); there is no breadcrumb.
- Authors and photographers, from the lines the school typed at the end of the text:
  T1 "Người viết: Lê Thị Thu Hà" then "Ảnh: Phan Văn Đức" on its own line: author Lê Thị Thu
  Hà, photographer Phan Văn Đức. T2 "Tin, ảnh: Trần Minh Khoa": author and photographer.
  T3 "GV: Nguyễn Thị Hồng Nhung" (GV = giáo viên, a title): author Nguyễn Thị Hồng Nhung.
  T4 signed "Tổ Khối 3" alone: the unit is the author, as printed. T6 "Người viết: Hoàng Thị
  Mai – Chủ tịch Công đoàn": author Hoàng Thị Mai (the office dropped). T8 only "Ảnh: Phan Văn
  Đức": photographer, no author. T9 "Tin: Đỗ Thị Lan Anh - Ảnh: Phan Văn Đức" on one line.
  T10 is reposted with "Nguồn: Sở GD&ĐT Đắk Lắk": source, no author. N1 is signed only "BGH"
  (Ban Giám hiệu, the school's board, which issues the notice): the unit signing alone is its
  author, "BGH" as printed. T5, T7, N2 and N3 carry no byline: no authors.
- Summary: T1, T2 and T9 open with a whole bold paragraph, the lead a reader takes as the sapo
  (it is also the body's first paragraph); the other posts have none (None). The listing's perex
  is Webnode's automatic cut of the opening words, not a summary.
- Body: the paragraphs of ``b-text`` in order; T2's and N1's tables give one paragraph per row
  (cells joined by " | "), headings and list items are paragraphs. Not in the body: captions,
  byline lines, the "Nguồn:" line, N1's "File đính kèm: lich-kiem-tra-cuoi-hk1.pdf" line, the tags
  line, share/back links, the latest-posts box.
- Images: the photos inside the text, in order, at the address printed in ``src``. Two caption
  styles: Webnode's image block ``<div class="b-img"><img …><figcaption
  class="b-img-caption">…</figcaption></div>`` (T1, T6, T8, T10), or a centred italic line typed
  under the picture inside the text (T2, T3, T5, T9). An image block without figcaption (T4, one
  of T8) or a photo with no line under it has caption None. Listing thumbnails, the logo, the
  latest-posts thumbnails and the og:image are not the article's images.
"""

from __future__ import annotations

import hashlib
import unicodedata
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    TODAY,
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

NAME = "webnode_school"
PLATFORM = "Webnode (hosted builder, 2019-2023 templates)"
START_PATH = "/"

SCHOOL = "Trường Tiểu học Nguyễn Văn Trỗi"
OLD_HOST = "http://thnguyenvantroi-eakar.webnode.vn"
PER_PAGE = 4

TAG_NGOAI_KHOA = "ngoại khóa"
TAG_THI_DUA = "thi đua"
TAGS = (TAG_NGOAI_KHOA, TAG_THI_DUA)

SECTIONS = {"tin-tuc": "Tin tức", "thong-bao": "Thông báo"}


def tag_path(tag: str) -> str:
    """Webnode's tag address: the tag as typed, percent-encoded (``%20`` for spaces)."""
    return "/tags/" + quote(tag) + "/"


def f(n: int, name: str, width: int = 700) -> str:
    """A Webnode file address: ``/_files/<id>-<10 hex>/<width>/<name>``."""
    key = hashlib.sha1(f"{n}:{name}".encode()).hexdigest()[:10]
    return f"/_files/{200000100 + n}-{key}/{width}/{name}"


def resized(src: str, width: int) -> str:
    """The same Webnode file at another width (listing thumbnails, og:image)."""
    head, _old, name = src.rsplit("/", 2)
    return f"{head}/{width}/{name}"


# --- the posts (hand-written: what is printed, and what a reader takes from it) ---------------

T1 = Story(
    id=1,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    cat="Tin tức",
    published_at="2026-11-20",
    summary=(
        "Sáng ngày 20/11/2026, Trường Tiểu học Nguyễn Văn Trỗi long trọng tổ chức Lễ kỷ niệm 44 năm "
        "Ngày Nhà giáo Việt Nam, ôn lại truyền thống “Tôn sư trọng đạo” của dân tộc."
    ),
    blocks=[
        P(
            "Sáng ngày 20/11/2026, Trường Tiểu học Nguyễn Văn Trỗi long trọng tổ chức Lễ kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam, ôn lại truyền thống “Tôn sư trọng đạo” của dân tộc.",
            "b",
        ),
        P(
            "Đến dự buổi lễ có ông Y Nguôn Byă, Phó Chủ tịch UBND xã Ea Kar; đại diện Ban đại diện cha "
            "mẹ học sinh; các thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên, nhân viên và "
            "hơn 900 học sinh của nhà trường."
        ),
        Img(
            f(1, "img_20261120_075812.jpg"),
            "Tiết mục văn nghệ chào mừng của học sinh khối 5.",
            "Tiết mục văn nghệ chào mừng của học sinh khối 5.",
            "fig",
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Phạm Quốc Tuấn, Hiệu trưởng nhà trường, đã điểm lại những "
            "thành tích nổi bật của tập thể sư phạm trong năm học 2025 – 2026: tỷ lệ học sinh hoàn "
            "thành chương trình lớp học đạt 99,6%; 18 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp "
            "trường, 4 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp tỉnh."
        ),
        P(
            "Nhân dịp này, nhà trường đã trao giấy khen cho 12 tập thể và 27 cá nhân có thành tích "
            "xuất sắc trong phong trào thi đua “Đổi mới, sáng tạo trong dạy và học” đợt 1."
        ),
        Img(
            f(2, "img_20261120_083044.jpg"),
            "Thầy Hiệu trưởng trao giấy khen cho các tập thể xuất sắc.",
            "Thầy Hiệu trưởng trao giấy khen cho các tập thể xuất sắc.",
            "fig",
        ),
        P(
            "Thay mặt các thế hệ học sinh, em Hờ Thị Ngọc Ánh, lớp 5C, đã gửi lời tri ân sâu sắc tới "
            "các thầy cô giáo và hứa sẽ chăm ngoan, học giỏi để xứng đáng với công lao dạy dỗ của thầy cô."
        ),
        Img(
            f(3, "img_20261120_090131.jpg"),
            "Học sinh tặng hoa chúc mừng thầy cô.",
            "Học sinh tặng hoa chúc mừng thầy cô.",
            "fig",
        ),
        P("Buổi lễ khép lại trong không khí ấm áp, thân tình và nhiều cảm xúc."),
        Raw('<p style="text-align: right;"><strong>Người viết: Lê Thị Thu Hà</strong></p>'),
        Raw('<p style="text-align: right;"><em>Ảnh: Phan Văn Đức</em></p>'),
    ],
    authors=["Lê Thị Thu Hà"],
    photographers=["Phan Văn Đức"],
    opts={"tags": [TAG_THI_DUA]},
)

T2 = Story(
    id=2,
    slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Hội thi Giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    cat="Tin tức",
    published_at="2026-11-17",
    summary=(
        "Sau gần hai tuần tổ chức, Hội thi Giáo viên dạy giỏi cấp trường năm học 2026 - 2027 đã "
        "khép lại với 16 giáo viên được công nhận danh hiệu Giáo viên dạy giỏi cấp trường."
    ),
    blocks=[
        P(
            "Sau gần hai tuần tổ chức, Hội thi Giáo viên dạy giỏi cấp trường năm học 2026 - 2027 đã "
            "khép lại với 16 giáo viên được công nhận danh hiệu Giáo viên dạy giỏi cấp trường.",
            "b",
        ),
        P(
            "Thực hiện Kế hoạch số 45/KH-THNVT ngày 12/10/2026 của Hiệu trưởng, Hội thi được tổ chức "
            "từ ngày 02/11 đến ngày 13/11/2026 với sự tham gia của 21 giáo viên thuộc 5 khối lớp và "
            "tổ chuyên biệt (Tiếng Anh, Tin học, Âm nhạc, Mỹ thuật, Giáo dục thể chất)."
        ),
        P("Nội dung hội thi", "h3"),
        P("Mỗi giáo viên tham gia hội thi phải hoàn thành hai phần:", ""),
        P("Trình bày biện pháp nâng cao chất lượng giảng dạy, giáo dục học sinh (10 phút).", "li"),
        P(
            "Dạy hai tiết thực hành trên lớp, trong đó một tiết do giáo viên tự chọn và một tiết bốc thăm.",
            "li",
        ),
        Img(
            f(4, "dsc_0412.jpg"),
            "Cô Nguyễn Thị Kim Oanh trong tiết dạy môn Tiếng Việt lớp 2B",
            "Cô Nguyễn Thị Kim Oanh trong tiết dạy môn Tiếng Việt lớp 2B",
            "em",
        ),
        P(
            "Ban giám khảo gồm các đồng chí trong Ban giám hiệu và tổ trưởng chuyên môn đã dự giờ, "
            "đánh giá khách quan, công bằng theo tiêu chí của Thông tư 22/2019/TT-BGDĐT. Nhiều tiết "
            "dạy vận dụng tốt các phương pháp dạy học tích cực, ứng dụng công nghệ thông tin và trò "
            "chơi học tập, tạo hứng thú cho học sinh."
        ),
        P("Kết quả hội thi", "h3"),
        P("STT | Họ và tên | Khối/Tổ | Xếp loại", "th"),
        P("1 | Nguyễn Thị Kim Oanh | Khối 2 | Giỏi", "tr"),
        P("2 | Lương Văn Thành | Khối 4 | Giỏi", "tr"),
        P("3 | H’Linh Niê | Khối 1 | Giỏi", "tr"),
        P("4 | Trần Thị Bích Ngọc | Tiếng Anh | Giỏi", "tr"),
        P("5 | Võ Đình Quang | Khối 5 | Giỏi", "tr"),
        P("6 | Đặng Thị Hương | Khối 3 | Giỏi", "tr"),
        P(
            "Danh sách đầy đủ 16 giáo viên đạt danh hiệu được niêm yết tại phòng Hội đồng. Nhà trường "
            "sẽ chọn 5 giáo viên có kết quả cao nhất tham dự Hội thi Giáo viên dạy giỏi cấp tỉnh vào "
            "tháng 3/2027."
        ),
        P(
            "Hội thi là dịp để giáo viên trao đổi, học hỏi kinh nghiệm, góp phần đổi mới phương pháp "
            "dạy học theo Chương trình giáo dục phổ thông 2018."
        ),
        Raw('<p style="text-align: right;"><strong><em>Tin, ảnh: Trần Minh Khoa</em></strong></p>'),
    ],
    authors=["Trần Minh Khoa"],
    photographers=["Trần Minh Khoa"],
    opts={"tags": [TAG_THI_DUA]},
)

T3 = Story(
    id=3,
    slug="tiet-hoc-stem-lam-xe-chay-bang-suc-gio-lop-4a",
    title="Tiết học STEM “Làm xe chạy bằng sức gió” của học sinh lớp 4A",
    cat="Tin tức",
    published_at="2026-11-10",
    blocks=[
        P(
            "Trong tuần học thứ 10, lớp 4A đã có một tiết học STEM thật đặc biệt: các em tự tay làm "
            "chiếc xe chạy bằng sức gió từ những vật liệu tái chế như vỏ hộp sữa, nắp chai nhựa, que "
            "xiên và giấy bìa."
        ),
        P(
            "Tiết học gắn với bài “Sự chuyển động của không khí” trong môn Khoa học. Học sinh được chia "
            "thành 6 nhóm, mỗi nhóm thảo luận, vẽ bản thiết kế rồi lắp ráp và chạy thử xe trên sân trường."
        ),
        Img(
            f(5, "z5912334501778_9b1c0e.jpg"),
            "Các nhóm lắp ráp xe theo bản thiết kế",
            "Các nhóm lắp ráp xe theo bản thiết kế",
            "em",
        ),
        P(
            "Chiếc xe của nhóm “Cánh Diều” chạy xa nhất với quãng đường 4,2 mét. Các nhóm còn lại cũng "
            "mạnh dạn chia sẻ vì sao xe của mình chạy chưa thẳng và cách cải tiến cánh buồm."
        ),
        Img(
            f(6, "z5912334522016_41aa7d.jpg"),
            "Học sinh chạy thử xe trên sân trường",
            "Học sinh chạy thử xe trên sân trường",
            "em",
        ),
        P(
            "Qua tiết học, các em không chỉ hiểu bài mà còn rèn luyện kỹ năng hợp tác, thuyết trình và "
            "tinh thần bảo vệ môi trường thông qua việc tái sử dụng đồ dùng cũ."
        ),
        Raw("<p><strong>GV: Nguyễn Thị Hồng Nhung</strong></p>"),
    ],
    authors=["Nguyễn Thị Hồng Nhung"],
    opts={"tags": [TAG_NGOAI_KHOA]},
)

T4 = Story(
    id=4,
    slug="khoi-3-to-chuc-chuyen-de-doc-sach-cung-em",
    title="Khối 3 tổ chức chuyên đề “Đọc sách cùng em”",
    cat="Tin tức",
    published_at="2026-11-04",
    blocks=[
        P(
            "Nhằm xây dựng văn hóa đọc cho học sinh, chiều thứ Ba vừa qua, tổ Khối 3 đã tổ chức chuyên đề "
            "“Đọc sách cùng em” tại thư viện xanh của nhà trường."
        ),
        P(
            "Các em được nghe cô Phan Thị Thúy, nhân viên thư viện, giới thiệu cách chọn sách phù hợp "
            "với lứa tuổi, cách giữ gìn sách và ghi chép “Nhật ký đọc sách”. Sau đó, từng lớp thi kể "
            "lại câu chuyện mình yêu thích và đóng vai nhân vật trong truyện."
        ),
        Img(f(7, "doc-sach-khoi-3.jpg"), None, None, "fig"),
        P(
            "Lớp 3B giành giải Nhất với phần đóng vai truyện “Sự tích cây vú sữa”; lớp 3A và 3D cùng "
            "đạt giải Nhì. Tổ chuyên môn sẽ duy trì tiết đọc thư viện vào chiều thứ Sáu hằng tuần."
        ),
        Raw('<p style="text-align: right;"><strong>Tổ Khối 3</strong></p>'),
    ],
    authors=["Tổ Khối 3"],
    opts={"nfd": True},
)

T5 = Story(
    id=5,
    slug="ngay-hoi-phong-chong-duoi-nuoc-cho-hoc-sinh",
    title="Ngày hội phòng, chống đuối nước cho học sinh",
    cat="Tin tức",
    published_at="2026-10-28",
    blocks=[
        P(
            "Sáng 26/10, phối hợp với Đoàn Thanh niên xã Ea Kar, nhà trường tổ chức Ngày hội phòng,\xa0"
            "chống đuối nước cho 180 học sinh khối 4 và khối 5."
        ),
        P(
            "Các em được hướng dẫn nhận biết những nơi nguy hiểm như ao, hồ, đập thủy lợi, hố công trình; "
            "cách sử dụng áo phao, phao tròn và kỹ năng kêu cứu khi gặp nạn. Đặc biệt, các em được "
            "thực hành kỹ năng nổi trên mặt nước dưới sự hướng dẫn của huấn luyện viên."
        ),
        Img(
            f(8, "dsc_2218.jpg"),
            "Học sinh thực hành kỹ năng nổi trên mặt nước tại hồ bơi xã Ea Kar.",
            "Học sinh thực hành kỹ năng nổi trên mặt nước tại hồ bơi xã Ea Kar.",
            "em",
        ),
        P(
            "Nhà trường đề nghị phụ huynh thường xuyên nhắc nhở, không để con em tự ý đi bơi, tắm sông "
            "suối khi không có người lớn đi cùng, nhất là trong mùa mưa lũ."
        ),
    ],
    opts={"tags": [TAG_NGOAI_KHOA]},
)

T6 = Story(
    id=6,
    slug="cong-doan-truong-toa-dam-ky-niem-ngay-phu-nu-viet-nam-20-10",
    title="Công đoàn trường tọa đàm kỷ niệm 96 năm Ngày Phụ nữ Việt Nam 20/10",
    cat="Tin tức",
    published_at="2026-10-20",
    blocks=[
        P(
            "Chiều 19/10/2026, Công đoàn Trường Tiểu học Nguyễn Văn Trỗi tổ chức buổi tọa đàm kỷ niệm "
            "96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – 20/10/2026)."
        ),
        Img(
            f(9, "toa-dam-20-10-01.jpg"),
            "Quang cảnh buổi tọa đàm.",
            "Quang cảnh buổi tọa đàm.",
            "fig",
        ),
        P(
            "Tại buổi tọa đàm, các chị em đã chia sẻ kinh nghiệm cân bằng giữa công việc và gia đình, "
            "cùng nhau tham gia hội thi cắm hoa nghệ thuật với chủ đề “Tri ân người phụ nữ”."
        ),
        Img(
            f(10, "toa-dam-20-10-02.jpg"),
            "Tác phẩm đạt giải Nhất của tổ Khối 2.",
            "Tác phẩm đạt giải Nhất của tổ Khối 2.",
            "fig",
        ),
        Raw("<p><em>Người viết: Hoàng Thị Mai – Chủ tịch Công đoàn</em></p>"),
    ],
    authors=["Hoàng Thị Mai"],
    opts={"tags": [TAG_THI_DUA]},
)

T7 = Story(
    id=7,
    slug="hop-phu-huynh-hoc-sinh-dau-nam-hoc-2026-2027",
    title="Họp phụ huynh học sinh đầu năm học 2026 – 2027",
    cat="Tin tức",
    published_at="2026-10-05",
    blocks=[
        P(
            "Ngày 05/10/2026, Trường Tiểu học Nguyễn Văn Trỗi tổ chức họp phụ huynh học sinh đầu năm "
            "học 2026 – 2027 tại 28 lớp học, với sự tham dự của gần 850 phụ huynh."
        ),
        P(
            "Tại buổi họp, giáo viên chủ nhiệm đã thông tin đến phụ huynh kế hoạch giáo dục năm học, "
            "quy định về đánh giá học sinh tiểu học, thời khóa biểu và các hoạt động ngoại khóa; đồng "
            "thời bầu Ban đại diện cha mẹ học sinh của lớp."
        ),
        P(
            "Nhà trường công khai các khoản thu theo đúng quy định, không vận động thu các khoản ngoài "
            "danh mục cho phép. Mọi ý kiến đóng góp của phụ huynh được tổng hợp và trả lời trong tuần."
        ),
    ],
    opts={"nodate": True},
)

T8 = Story(
    id=8,
    slug="vui-tet-trung-thu-dem-hoi-trang-ram-nam-2026",
    title="Vui Tết Trung thu “Đêm hội trăng rằm” năm 2026",
    cat="Tin tức",
    published_at="2026-09-22",
    blocks=[
        P(
            "Tối 21/9/2026, sân trường Tiểu học Nguyễn Văn Trỗi rực rỡ ánh đèn lồng trong chương trình "
            "“Đêm hội trăng rằm” dành cho học sinh toàn trường."
        ),
        Img(
            f(11, "trung-thu-2026-01.jpg"),
            "Học sinh rước đèn quanh sân trường.",
            "Học sinh rước đèn quanh sân trường.",
            "fig",
        ),
        P(
            "Chương trình gồm các tiết mục múa lân, văn nghệ, thi bày mâm cỗ Trung thu giữa các lớp và "
            "phá cỗ. Ban đại diện cha mẹ học sinh đã trao 120 phần quà cho các em có hoàn cảnh khó khăn."
        ),
        Img(
            f(12, "trung-thu-2026-02.jpg"),
            "Mâm cỗ của lớp 5A đạt giải Nhất.",
            "Mâm cỗ của lớp 5A đạt giải Nhất.",
            "fig",
        ),
        Img(f(13, "trung-thu-2026-03.jpg"), None, None, "fig"),
        P("Đêm hội để lại trong lòng các em nhiều niềm vui và kỷ niệm đẹp của tuổi thơ."),
        Img(
            f(14, "trung-thu-2026-04.jpg"),
            "Múa lân của đội lân lớp 4C.",
            "Múa lân của đội lân lớp 4C.",
            "fig",
        ),
        Raw('<p style="text-align: right;">Ảnh: Phan Văn Đức</p>'),
    ],
    photographers=["Phan Văn Đức"],
    opts={"tags": [TAG_NGOAI_KHOA]},
)

T9 = Story(
    id=9,
    slug="le-khai-giang-nam-hoc-2026-2027",
    title="Lễ khai giảng năm học 2026 – 2027",
    cat="Tin tức",
    published_at="2026-09-05",
    summary=(
        "Hòa chung không khí cả nước bước vào năm học mới, sáng 05/9/2026, thầy và trò Trường Tiểu "
        "học Nguyễn Văn Trỗi nô nức tổ chức Lễ khai giảng năm học 2026 – 2027."
    ),
    blocks=[
        P(
            "Hòa chung không khí cả nước bước vào năm học mới, sáng 05/9/2026, thầy và trò Trường Tiểu "
            "học Nguyễn Văn Trỗi nô nức tổ chức Lễ khai giảng năm học 2026 – 2027.",
            "b",
        ),
        P(
            "Năm học này, nhà trường có 28 lớp với 936 học sinh, trong đó 196 em học sinh lớp 1 lần "
            "đầu tiên bước vào ngôi trường tiểu học. Học sinh dân tộc thiểu số chiếm 31,5%."
        ),
        Img(
            f(15, "khai-giang-2026-01.jpg"),
            "Đón học sinh lớp 1 vào trường",
            "Đón học sinh lớp 1 vào trường",
            "em",
        ),
        P(
            "Thầy Hiệu trưởng Phạm Quốc Tuấn đọc thư của Chủ tịch nước gửi ngành Giáo dục nhân dịp "
            "khai giảng và đánh trống khai trường. Năm học 2026 – 2027, nhà trường tiếp tục thực hiện "
            "chủ đề “Kỷ cương, trách nhiệm, chất lượng, hiệu quả”."
        ),
        Img(f(16, "khai-giang-2026-02.jpg"), None, None, "bare"),
        P(
            "Dịp này, Hội Khuyến học xã Ea Kar và các nhà hảo tâm đã trao tặng 50 suất học bổng, "
            "mỗi suất 500.000 đồng cho học sinh vượt khó học tốt."
        ),
        Raw("<p><strong>Tin: Đỗ Thị Lan Anh - Ảnh: Phan Văn Đức</strong></p>"),
    ],
    authors=["Đỗ Thị Lan Anh"],
    photographers=["Phan Văn Đức"],
)

T10 = Story(
    id=10,
    slug="so-gddt-trien-khai-nhiem-vu-giao-duc-tieu-hoc-nam-hoc-2026-2027",
    title="Sở GD&ĐT triển khai nhiệm vụ giáo dục tiểu học năm học 2026 – 2027",
    cat="Tin tức",
    published_at="2026-08-28",
    blocks=[
        P(
            "Ngày 26/8/2026, Sở Giáo dục và Đào tạo tỉnh Đắk Lắk tổ chức hội nghị triển khai nhiệm vụ "
            "giáo dục tiểu học năm học 2026 – 2027 theo hình thức trực tiếp kết hợp trực tuyến đến "
            "các điểm cầu xã, phường."
        ),
        P("Hội nghị xác định một số nhiệm vụ trọng tâm:"),
        P("Thực hiện hiệu quả Chương trình giáo dục phổ thông 2018 ở tất cả các khối lớp;", "li"),
        P(
            "Tổ chức dạy học 2 buổi/ngày, bảo đảm 100% học sinh được học Tiếng Anh và Tin học;",
            "li",
        ),
        P("Tăng cường tiếng Việt cho học sinh dân tộc thiểu số trước khi vào lớp 1;", "li"),
        P("Đẩy mạnh chuyển đổi số, sử dụng học bạ số trong toàn cấp học.", "li"),
        Img(
            f(17, "hoi-nghi-tieu-hoc-2026.jpg"),
            "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT.",
            "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT.",
            "fig",
        ),
        P(
            "Trường Tiểu học Nguyễn Văn Trỗi tham dự tại điểm cầu UBND xã Ea Kar và sẽ xây dựng kế "
            "hoạch thực hiện phù hợp với điều kiện của nhà trường."
        ),
        Raw('<p style="text-align: right;"><em>Nguồn: Sở GD&amp;ĐT Đắk Lắk</em></p>'),
    ],
    source="Sở GD&ĐT Đắk Lắk",
)

N1 = Story(
    id=11,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ki-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối học kì I năm học 2026 – 2027",
    cat="Thông báo",
    published_at="2026-11-23",
    blocks=[
        P(
            "Căn cứ kế hoạch giáo dục năm học 2026 – 2027, nhà trường thông báo lịch kiểm tra định kì "
            "cuối học kì I đối với học sinh khối 4 và khối 5 như sau:"
        ),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
        P("Thứ Hai, 28/12/2026 | Sáng | Tiếng Việt | 80 phút", "tr"),
        P("Thứ Ba, 29/12/2026 | Sáng | Toán | 40 phút", "tr"),
        P("Thứ Tư, 30/12/2026 | Sáng | Khoa học; Lịch sử và Địa lí | 40 phút/môn", "tr"),
        P("Thứ Năm, 31/12/2026 | Sáng | Tiếng Anh; Tin học và Công nghệ | 35 phút/môn", "tr"),
        P(
            "Học sinh khối 1, 2, 3 kiểm tra môn Tiếng Việt và Toán tại lớp theo lịch của giáo viên chủ "
            "nhiệm. Đề nghị quý phụ huynh nhắc nhở các em ôn tập và đi học đúng giờ (có mặt lúc 6 giờ 45)."
        ),
        Raw(
            '<p>File đính kèm: <a href="/_files/200000190-3d4f2a1b9c/lich-kiem-tra-cuoi-hk1.pdf" '
            'target="_blank">lich-kiem-tra-cuoi-hk1.pdf</a></p>'
        ),
        Raw('<p style="text-align: right;"><strong>BGH</strong></p>'),
    ],
    authors=["BGH"],
)

N2 = Story(
    id=12,
    slug="thong-bao-hoi-thi-vo-sach-chu-dep-cap-truong",
    title="Thông báo Hội thi “Vở sạch – Chữ đẹp” cấp trường năm học 2026 – 2027",
    cat="Thông báo",
    published_at="2026-11-12",
    blocks=[
        P(
            "Nhằm duy trì phong trào rèn chữ, giữ vở trong học sinh, nhà trường tổ chức Hội thi “Vở "
            "sạch – Chữ đẹp” cấp trường từ 15/11 đến 20/11/2026."
        ),
        P("Đối tượng: mỗi lớp chọn 3 học sinh có chữ viết đẹp, vở sạch nhất lớp.", "li"),
        P(
            "Nội dung: viết một đoạn văn (khối 1, 2 nhìn – viết; khối 3, 4, 5 nghe – viết) trong 30 phút.",
            "li",
        ),
        P("Địa điểm: phòng học lớp 3A, 3B, 3C; chấm vở tại phòng Hội đồng.", "li"),
        P(
            "Giáo viên chủ nhiệm gửi danh sách học sinh dự thi về đồng chí Phó Hiệu trưởng Nguyễn Văn "
            "Bình trước ngày 14/11/2026. Kết quả hội thi được công bố trong buổi chào cờ ngày 23/11/2026."
        ),
    ],
    opts={"tags": [TAG_THI_DUA]},
)

N3 = Story(
    id=13,
    slug="thong-bao-cho-hoc-sinh-nghi-hoc-ngay-15-10-2026",
    title="Thông báo cho học sinh nghỉ học ngày 15/10/2026",
    cat="Thông báo",
    published_at="2026-10-14",
    blocks=[
        P(
            "Do ảnh hưởng của mưa lớn kéo dài, nhiều tuyến đường trên địa bàn xã bị ngập, nhà trường "
            "cho toàn bộ học sinh nghỉ học ngày thứ Năm, 15/10/2026."
        ),
        P(
            "Học sinh đi học trở lại bình thường từ ngày 16/10/2026. Kính báo quý phụ huynh được biết."
        ),
    ],
)

NEWS = [T1, T2, T3, T4, T5, T6, T7, T8, T9, T10]
NOTICES = [N1, N2, N3]
STORIES = NEWS + NOTICES
BY_SLUG = {s.slug: s for s in STORIES}
SECTION_OF = {**{s.slug: "tin-tuc" for s in NEWS}, **{s.slug: "thong-bao" for s in NOTICES}}

# --- the album -----------------------------------------------------------------------------

PHOTOS = [
    (1, "san-truong-buoi-sang.jpg", "Sân trường buổi sáng"),
    (2, "chao-co-dau-tuan.jpg", "Lễ chào cờ đầu tuần"),
    (3, "trong-cay-xanh-khoi-5.jpg", "Học sinh khối 5 trồng cây xanh"),
    (4, "thu-vien-xanh.jpg", "Góc thư viện xanh"),
    (5, "giao-luu-tieng-anh.jpg", "Giao lưu Tiếng Anh khối 4"),
    (6, "hoi-khoe-phu-dong.jpg", "Hội khỏe Phù Đổng cấp trường"),
    (7, "tham-quan-buon-tring.jpg", "Tham quan buôn Trinh"),
    (8, "be-giang-2026.jpg", "Lễ tổng kết năm học 2025 – 2026"),
]
PHOTO_PAGE = "/album-anh/photo-20000345/"
FEATURED = 3

# --- markup --------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu/", "Giới thiệu"),
    ("/tin-tuc/", "Tin tức"),
    ("/thong-bao/", "Thông báo"),
    ("/album-anh/", "Album ảnh"),
    ("/lien-he/", "Liên hệ"),
]
LOGO = "/_files/200000000-a1b2c3d4e5/200/logo-truong.png"
GA_QUERY = "_ga=2.148732961.1795512046.1764032400-1120931468.1764032400"
WND_QUERY = "wnd_utm_source=footer&wnd_utm_medium=link"
WND_QUERY_HTML = WND_QUERY.replace("&", "&amp;")


def dotted(story: Story) -> str:
    """Webnode's blog date: dd.mm.yyyy."""
    y, m, d = story.published_at.split("-")
    return f"{d}.{m}.{y}"


def t(story: Story, value: str) -> str:
    """Text of a post as its editor stored it (decomposed for the post typed that way)."""
    return text(value, nfd=story.opts.get("nfd", False)).replace("\xa0", "&nbsp;")


def post_path(story: Story) -> str:
    return f"/l/{story.slug}/"


def newest(exclude: str | None = None, n: int = 3) -> list[Story]:
    ordered = sorted(STORIES, key=lambda s: s.published_at, reverse=True)
    return [s for s in ordered if s.slug != exclude][:n]


def render_blocks(story: Story) -> str:
    out: list[str] = []
    group: list[str] = []
    kind = ""

    def flush() -> None:
        nonlocal group, kind
        if kind == "li":
            out.append("<ul>\n" + "\n".join(group) + "\n</ul>")
        elif kind == "table":
            out.append(
                '<table class="table" border="1" cellpadding="4" style="width: 100%;">\n<tbody>\n'
                + "\n".join(group)
                + "\n</tbody>\n</table>"
            )
        group, kind = [], ""

    for block in story.blocks:
        if isinstance(block, P) and block.style == "li":
            if kind != "li":
                flush()
                kind = "li"
            group.append(f"<li>{t(story, block.text)}</li>")
            continue
        if isinstance(block, P) and block.style in ("th", "tr"):
            if kind != "table":
                flush()
                kind = "table"
            cell = "th" if block.style == "th" else "td"
            cells = "".join(f"<{cell}>{t(story, c)}</{cell}>" for c in block.text.split(" | "))
            group.append(f"<tr>{cells}</tr>")
            continue
        flush()
        if isinstance(block, P):
            if block.style == "b":
                out.append(f"<p><strong>{t(story, block.text)}</strong></p>")
            elif block.style in ("h2", "h3"):
                out.append(f"<{block.style}>{t(story, block.text)}</{block.style}>")
            else:
                out.append(f"<p>{t(story, block.text)}</p>")
        elif isinstance(block, Img):
            if block.style == "fig":
                caption = (
                    f'<figcaption class="b-img-caption">{t(story, block.printed)}</figcaption>'
                    if block.printed
                    else ""
                )
                out.append(
                    '<div class="b-img b-img-default b b-s cf" data-wnd_dynamic_type="image">'
                    f'<img src="{esc(block.src)}" alt="" loading="lazy">{caption}</div>'
                )
            elif block.style == "em":
                out.append(
                    f'<p style="text-align: center;"><img src="{esc(block.src)}" alt="" width="700"></p>'
                )
                out.append(f'<p style="text-align: center;"><em>{t(story, block.printed)}</em></p>')
            else:
                out.append(
                    f'<p style="text-align: center;"><img src="{esc(block.src)}" alt="" width="700"></p>'
                )
        else:
            out.append(block.html)
    flush()
    return "\n".join(out)


def perex(story: Story, limit: int = 150) -> str:
    """Webnode's automatic teaser: the opening words of the text, cut at a word."""
    first = next(b.text for b in story.blocks if isinstance(b, P)).replace("\xa0", " ")
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + " …"


def blog_item(story: Story, thumb: bool = True) -> str:
    href = post_path(story)
    image = ""
    if thumb and story.images:
        image = (
            f'<div class="b-blog-img"><a href="{href}"><img src="{esc(resized(story.images[0].src, 350))}" '
            'alt=""></a></div>\n'
        )
    return (
        '<article class="b b-blog-item">\n'
        + image
        + f'<h2 class="b-blog-title"><a href="{href}">{t(story, story.title)}</a></h2>\n'
        f'<span class="b-blog-date">{dotted(story)}</span>\n'
        f'<div class="b-blog-perex"><p>{t(story, perex(story))}</p></div>\n'
        f'<a class="b-blog-more" href="{href}">Đọc thêm »</a>\n'
        "</article>"
    )


def page(
    request: Request,
    *,
    title: str,
    main: str,
    active: str | None,
    og_path: str,
    og_type: str = "website",
    og_image: str | None = None,
) -> str:
    base = base_url(request)
    items = []
    for href, label in MENU:
        cls = "menu-item menu-item-active" if href == active else "menu-item"
        items.append(f'<li class="{cls}"><a class="menu-link" href="{base}{href}">{label}</a></li>')
    latest = "\n".join(
        f'<li><a href="{post_path(s)}">{t(s, s.title)}</a></li>' for s in newest(n=5)
    )
    image = og_image or LOGO
    title = esc(title)
    head_title = f"{title} :: {SCHOOL}" if title != SCHOOL else SCHOOL
    return f"""<!DOCTYPE html>
<html class="no-js" lang="vi" data-lang-code="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{head_title}</title>
<meta name="generator" content="Webnode 2">
<meta name="description" content="Website Trường Tiểu học Nguyễn Văn Trỗi, xã Ea Kar, tỉnh Đắk Lắk">
<meta property="og:site_name" content="{SCHOOL}">
<meta property="og:title" content="{title}">
<meta property="og:type" content="{og_type}">
<meta property="og:url" content="{OLD_HOST}{og_path}">
<meta property="og:image" content="{OLD_HOST}{image}">
<link rel="stylesheet" href="/css/template.css?ph=5c0e8b71a2">
<link rel="stylesheet" href="https://d1di2lzuh97fh2.cloudfront.net/files/3t/3t5/3t5k7n.css?ph=5c0e8b71a2">
<script src="/js/template.js?ph=5c0e8b71a2"></script>
</head>
<body class="l wt-page ac-i l-default l-d-none b-btn-r b-btn-s-l b-btn-dbb b-btn-bw-1 img-d-n img-t-o img-h-z line-solid b-e-ds lbox-d c-s-n wnd-fe">
<div class="l-w cf t-23">
<div class="topbar"><div class="s-c">{TODAY} · Đường dây nóng: 0262 3625 118</div></div>
<header class="l-h cf">
<section class="s s-hn s-hn-centered s-hn-default wnd-mt-classic">
<div class="s-hn-c">
<div class="s-hn-logo"><a class="b-l" href="{base}/"><img class="b-l-img" src="{LOGO}" alt="">
<span class="b-l-title">{SCHOOL}</span></a>
<p class="b-l-subtitle">Xã Ea Kar – Tỉnh Đắk Lắk</p></div>
<nav class="menu" role="navigation"><ul class="menu-ul">
{chr(10).join(items)}
</ul></nav>
<a class="menu-trigger" href="#">Menu</a>
</div>
</section>
</header>
<main class="l-m cf">
{main}
</main>
<footer class="l-f cf">
<section class="s s-basic s-footer">
<div class="s-c ez-c">
<div class="ez-col"><div class="b b-text cf"><h3>Tin mới</h3>
<ul class="news-latest">
{latest}
</ul></div></div>
<div class="ez-col"><div class="b b-text cf"><h3>Liên kết website</h3>
<ul>
<li><a href="https://sogddt.daklak.gov.vn/" target="_blank">Sở Giáo dục và Đào tạo Đắk Lắk</a></li>
<li><a href="https://moet.gov.vn/" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://eakar.daklak.gov.vn/" target="_blank">Cổng thông tin điện tử xã Ea Kar</a></li>
<li><a href="https://vnedu.vn/" target="_blank">Sổ liên lạc điện tử vnEdu</a></li>
</ul></div></div>
<div class="ez-col"><div class="b b-text cf"><h3>{SCHOOL}</h3>
<p>Địa chỉ: Thôn 3, xã Ea Kar, tỉnh Đắk Lắk</p>
<p>Điện thoại: 0262 3625 118 · Email: thnguyenvantroi.eakar@daklak.edu.vn</p>
<p><a href="/gioi-thieu/?{GA_QUERY}">Giới thiệu nhà trường</a> · <a href="/lien-he/?{WND_QUERY_HTML}">Liên hệ với chúng tôi</a></p>
<p class="counter">Đang online: 4 · Hôm nay: 126 · Tổng lượt truy cập: 86.305</p>
</div></div>
</div>
</section>
<div class="s-f-l">
<div class="s-f-l-w">
<span class="sf-footer-copyright">© 2026 {SCHOOL}. Mọi quyền được bảo lưu.</span>
<span class="sf-footer-webnode"><a href="https://www.webnode.com/vi/?utm_source=text&amp;utm_medium=footer&amp;utm_content=wnd2&amp;utm_campaign=signature" rel="nofollow" target="_blank">Tạo website miễn phí với Webnode</a></span>
</div>
</div>
</footer>
</div>
<div id="rbcBar" class="rbcBar cookie-bar" role="dialog">
<div class="rbcBar-text">Trang web này sử dụng cookie để cung cấp dịch vụ tốt hơn và phân tích lưu lượng truy cập. Bằng việc tiếp tục sử dụng trang web, bạn đồng ý với việc sử dụng cookie. <a href="https://www.webnode.com/vi/cookies/" target="_blank">Tìm hiểu thêm</a></div>
<button class="rbcBar-btn" type="button">Đồng ý</button>
</div>
<script>wnd.$system = {{"projectId": "200000000", "lang": "vi"}};</script>
</body>
</html>
"""


# --- pages ---------------------------------------------------------------------------------


def home(request: Request) -> str:
    news = "\n".join(blog_item(s) for s in NEWS[:3])
    notices = "\n".join(blog_item(s, thumb=False) for s in NOTICES[:3])
    main = f"""<section class="s s-hm s-hm-claims cf sc-m wnd-background-image">
<div class="s-c"><div class="b b-text cf">
<h1 class="b-text-title">Chào mừng đến với {SCHOOL}</h1>
<p>Ngôi trường thân thiện, học sinh tích cực giữa vùng đất cà phê Ea Kar.</p>
</div>
<a class="b-btn b-btn-1" href="/gioi-thieu/"><span class="b-btn-t">Tìm hiểu thêm</span></a>
</div>
</section>
<section class="s s-basic cf">
<div class="s-c">
<h2 class="b-section-title">Tin tức</h2>
<div class="blog-list">
{news}
</div>
<p><a class="b-btn b-btn-2" href="/tin-tuc/">Xem tất cả</a></p>
</div>
</section>
<section class="s s-basic cf">
<div class="s-c">
<h2 class="b-section-title">Thông báo</h2>
<div class="blog-list">
{notices}
</div>
<p><a class="b-btn b-btn-2" href="/thong-bao/">Xem tất cả</a></p>
</div>
</section>"""
    return page(request, title=SCHOOL, main=main, active="/", og_path="/")


def pager(section: str, current: int, pages: int) -> str:
    def number_href(n: int) -> str:
        return f"/{section}/" if n == 1 else f"/{section}/?page={n}"

    parts = []
    if current > 1:
        parts.append(f'<a class="prev" href="/{section}/?rs-blog-page={current - 1}">« Trước</a>')
    else:
        parts.append('<span class="prev disabled">« Trước</span>')
    for n in range(1, pages + 1):
        if n == current:
            parts.append(f'<span class="current">{n}</span>')
        else:
            parts.append(f'<a href="{number_href(n)}">{n}</a>')
    if current < pages:
        parts.append(f'<a class="next" href="/{section}/?rs-blog-page={current + 1}">Sau »</a>')
    else:
        parts.append('<span class="next disabled">Sau »</span>')
    return '<div class="pagination">\n' + "\n".join(parts) + "\n</div>"


def blog_page(request: Request, section: str) -> str:
    stories = NEWS if section == "tin-tuc" else NOTICES
    params = request.params
    raw = params.get("page") or params.get("rs-blog-page") or "1"
    number = int(raw) if raw.isdigit() and int(raw) > 0 else 1
    pages = -(-len(stories) // PER_PAGE)
    chunk = stories[(number - 1) * PER_PAGE : number * PER_PAGE]
    if chunk:
        items = "\n".join(blog_item(s) for s in chunk)
        listing = f'<div class="blog-list">\n{items}\n</div>\n{pager(section, number, pages)}'
    else:
        listing = '<div class="blog-list"><p class="b-blog-empty">Chưa có bài viết nào.</p></div>'
    label = SECTIONS[section]
    main = f"""<section class="s s-hb s-hb-basic cf"><div class="s-c">
<h1 class="s-hb-title">{label}</h1>
</div></section>
<section class="s s-basic cf"><div class="s-c">
<div class="b b-blog cf">
{listing}
</div>
</div></section>"""
    return page(request, title=label, main=main, active=f"/{section}/", og_path=f"/{section}/")


def tag_page(request: Request, tag: str) -> str:
    stories = sorted(
        (s for s in STORIES if tag in s.opts.get("tags", [])),
        key=lambda s: s.published_at,
        reverse=True,
    )
    items = "\n".join(blog_item(s) for s in stories)
    main = f"""<section class="s s-hb s-hb-basic cf"><div class="s-c">
<h1 class="s-hb-title">Thẻ: {esc(tag)}</h1>
<p>Bài viết có thẻ „{esc(tag)}“ ({len(stories)})</p>
</div></section>
<section class="s s-basic cf"><div class="s-c">
<div class="b b-blog cf">
<div class="blog-list">
{items}
</div>
</div>
</div></section>"""
    return page(request, title=f"Thẻ: {tag}", main=main, active=None, og_path=tag_path(tag))


def post(request: Request, story: Story) -> str:
    section = SECTION_OF[story.slug]
    date = "" if story.opts.get("nodate") else f'<span class="date">{dotted(story)}</span> · '
    info = f'<div class="b-blog-post-info">{date}<span class="category">{story.cat}</span></div>'
    tags = story.opts.get("tags", [])
    tag_line = ""
    if tags:
        links = ", ".join(f'<a href="{tag_path(tag)}">{esc(tag)}</a>' for tag in tags)
        tag_line = f'<div class="b-blog-tags">Thẻ: {links}</div>'
    share_url = quote(OLD_HOST + post_path(story), safe="")
    latest = "\n".join(
        '<article class="b b-blog-item b-blog-item-small">'
        f'<h3 class="b-blog-title"><a href="{post_path(s)}">{t(s, s.title)}</a></h3>'
        f'<span class="b-blog-date">{dotted(s)}</span></article>'
        for s in newest(exclude=story.slug)
    )
    main = f"""<section class="s s-basic s-blog-post cf"><div class="s-c">
<article class="b-blog-post">
<h1 class="b-blog-post-title">{t(story, story.title)}</h1>
{info}
<div class="b-text b-text-p">
{render_blocks(story)}
</div>
{tag_line}
</article>
<div class="b-share">Chia sẻ: <a class="b-share-fb" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank">Facebook</a> <a class="b-share-tw" href="https://twitter.com/intent/tweet?url={share_url}" target="_blank">Twitter</a></div>
<div class="b-blog-back"><a href="/{section}/">← Quay lại</a></div>
</div></section>
<section class="s s-basic s-blog-latest cf"><div class="s-c">
<h2 class="b-section-title">Bài viết mới nhất</h2>
<div class="blog-list blog-list-small">
{latest}
</div>
</div></section>"""
    og_image = story.images[0].src if story.images else None
    title = unicodedata.normalize("NFD", story.title) if story.opts.get("nfd") else story.title
    return page(
        request,
        title=title,
        main=main,
        active=None,
        og_path=post_path(story),
        og_type="article",
        og_image=og_image,
    )


def about(request: Request) -> str:
    rows = [
        ("Khối", "Số lớp", "Số học sinh", "Học sinh nữ"),
        ("Khối 1", "6", "196", "94"),
        ("Khối 2", "6", "201", "97"),
        ("Khối 3", "5", "178", "85"),
        ("Khối 4", "6", "189", "92"),
        ("Khối 5", "5", "172", "83"),
    ]
    table = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    main = f"""<section class="s s-hb s-hb-basic cf"><div class="s-c">
<h1 class="s-hb-title">Giới thiệu</h1>
</div></section>
<section class="s s-basic cf"><div class="s-c">
<div class="b b-text cf">
<h2>Lịch sử hình thành</h2>
<p>Trường Tiểu học Nguyễn Văn Trỗi được thành lập năm 1986, tiền thân là Trường Phổ thông cơ sở Ea Kar. Năm 1996, trường được tách thành trường tiểu học riêng và mang tên người anh hùng Nguyễn Văn Trỗi.</p>
<p>Trải qua 40 năm xây dựng và phát triển, nhà trường đạt chuẩn quốc gia mức độ 2 năm 2023 và được Chủ tịch UBND tỉnh tặng Bằng khen năm học 2024 – 2025.</p>
</div>
<div class="b-img b-img-default b b-s cf"><img src="{f(90, "toan-canh-truong.jpg", 1000)}" alt="Toàn cảnh nhà trường"><figcaption class="b-img-caption">Toàn cảnh Trường Tiểu học Nguyễn Văn Trỗi</figcaption></div>
<div class="b b-text cf">
<h2>Quy mô năm học 2026 – 2027</h2>
<table class="table" border="1">
<tbody>
{table}
</tbody>
</table>
<p>Đội ngũ: 52 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn trình độ đào tạo.</p>
<h2>Ban Giám hiệu</h2>
<ul>
<li>Hiệu trưởng: thầy Phạm Quốc Tuấn</li>
<li>Phó Hiệu trưởng: thầy Nguyễn Văn Bình, cô Trịnh Thị Hạnh</li>
</ul>
</div>
</div></section>"""
    return page(
        request, title="Giới thiệu", main=main, active="/gioi-thieu/", og_path="/gioi-thieu/"
    )


def contact(request: Request) -> str:
    sent = ""
    if request.params.get("form") == "sent":
        sent = '<div class="b-form-success"><p>Cảm ơn bạn! Tin nhắn đã được gửi.</p></div>'
    main = f"""<section class="s s-hb s-hb-basic cf"><div class="s-c">
<h1 class="s-hb-title">Liên hệ</h1>
</div></section>
<section class="s s-basic cf"><div class="s-c ez-c">
<div class="ez-col"><div class="b b-text cf">
<p><strong>{SCHOOL}</strong></p>
<p>Địa chỉ: Thôn 3, xã Ea Kar, tỉnh Đắk Lắk</p>
<p>Điện thoại: 0262 3625 118</p>
<p>Email: <a href="mailto:thnguyenvantroi.eakar@daklak.edu.vn">thnguyenvantroi.eakar@daklak.edu.vn</a></p>
<p>Giờ làm việc: sáng 7h00 – 11h00, chiều 13h30 – 17h00 (thứ Hai đến thứ Sáu)</p>
</div>
<div class="b b-map"><iframe src="https://maps.google.com/maps?q=12.8076,108.4569&amp;z=15&amp;output=embed" width="100%" height="300" loading="lazy"></iframe></div>
</div>
<div class="ez-col">
{sent}
<form class="b b-form" method="post" action="/contact-form/submit">
<input type="hidden" name="wnd_form_id" value="200000231">
<label>Họ và tên <input type="text" name="name" required></label>
<label>Email <input type="email" name="email" required></label>
<label>Nội dung <textarea name="message" rows="5" required></textarea></label>
<button class="b-btn b-btn-1" type="submit">Gửi</button>
</form>
</div>
</div></section>"""
    return page(request, title="Liên hệ", main=main, active="/lien-he/", og_path="/lien-he/")


def album(request: Request) -> str:
    items = "\n".join(
        f'<li class="b-g-item" id="photo-{n}"><a href="/album-anh/#photo-{n}" data-lightbox="album">'
        f'<img src="{f(100 + n, name, 350)}" alt="{esc(name)}"></a>'
        f'<span class="b-g-title">{esc(label)}</span></li>'
        for n, name, label in PHOTOS
    )
    featured = PHOTOS[FEATURED - 1][2]
    main = f"""<section class="s s-hb s-hb-basic cf"><div class="s-c">
<h1 class="s-hb-title">Album ảnh</h1>
</div></section>
<section class="s s-basic cf"><div class="s-c">
<div class="b b-text cf"><p>Một số hình ảnh hoạt động của thầy và trò nhà trường.</p></div>
<div class="b b-g b-g-gallery cf"><ul class="b-g-list">
{items}
</ul></div>
<p>Ảnh tiêu biểu: <a href="{PHOTO_PAGE}">{esc(featured)} – Xem ảnh</a></p>
</div></section>"""
    return page(request, title="Album ảnh", main=main, active="/album-anh/", og_path="/album-anh/")


def photo(request: Request) -> str:
    n, name, label = PHOTOS[FEATURED - 1]
    main = f"""<section class="s s-basic s-photo cf"><div class="s-c">
<h1 class="b-photo-title">{esc(label)}</h1>
<div class="b-img b-photo"><img src="{f(100 + n, name, 1000)}" alt="{esc(label)}"></div>
<div class="b-photo-text"><p>Hưởng ứng “Tết trồng cây đời đời nhớ ơn Bác Hồ”, học sinh khối 5 đã trồng 40 cây sao đen dọc hàng rào phía đông của trường. Mỗi lớp nhận chăm sóc một đoạn hàng cây đến cuối năm học.</p></div>
<div class="b-photo-nav"><a href="/album-anh/#photo-{n - 1}">« Ảnh trước</a> · <a href="/album-anh/#photo-{n + 1}">Ảnh sau »</a></div>
<p><a href="/album-anh/">← Quay lại album</a></p>
</div></section>"""
    return page(
        request,
        title=label,
        main=main,
        active="/album-anh/",
        og_path=PHOTO_PAGE,
        og_image=f(100 + n, name, 1000),
    )


ROBOTS = "User-agent: *\nDisallow:\n"


class WebnodeSite:
    """Webnode's router: pages by path (queries other than the blog pager's change nothing)."""

    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path.startswith(("/_files/", "/css/", "/js/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/contact-form/submit":
            if request.method == "POST":
                return redirect("/lien-he/?form=sent", status=303)
            return Response(
                405, "Method Not Allowed", {"Content-Type": "text/plain", "Allow": "POST"}
            )
        if path == "/":
            return html(home(request))
        if path.strip("/") in SECTIONS and path.endswith("/"):
            return html(blog_page(request, path.strip("/")))
        if path.startswith("/l/"):
            slug = path[3:].rstrip("/")
            story = BY_SLUG.get(slug)
            if story is None or "/" in slug:
                return None
            if not path.endswith("/"):
                return redirect(post_path(story), status=301)
            return html(post(request, story))
        if path.startswith("/tags/") and path.endswith("/"):
            tag = path[len("/tags/") : -1]
            return html(tag_page(request, tag)) if tag in TAGS else None
        pages = {
            "/gioi-thieu/": about,
            "/lien-he/": contact,
            "/album-anh/": album,
            PHOTO_PAGE: photo,
        }
        handler = pages.get(path)
        return html(handler(request)) if handler else None


def build_site() -> WebnodeSite:
    return WebnodeSite()


# --- gold ----------------------------------------------------------------------------------

GOLD = [gold_record(story, post_path(story), story.cat) for story in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/album-anh/",
    PHOTO_PAGE,
    tag_path(TAG_NGOAI_KHOA),
    tag_path(TAG_THI_DUA),
]
