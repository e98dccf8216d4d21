"""Trường Mầm non Bình Minh (thị xã Từ Sơn, tỉnh Bắc Ninh) on Square Online / Weebly.

Platform
--------
A hosted Weebly site (now "Square Online"): pages are ``/<name>.html``, the blog lives on one
page called "Tin tức" at ``/blog``. The builder's markup: ``wsite-`` classes everywhere,
``<div class="blog-post" id="blog-post-<13 digits>">`` per post, the text in
``<div class="paragraph">`` blocks (paragraphs parted by ``<br /><br />``, no ``<p>``), images
in ``<div class="wsite-image">``, comment counts, a sidebar with an author box, a month archive
and the category links, and an RSS feed at ``/1/feed``.

URL scheme
----------
- ``/``                                       home page (welcome text, three latest posts)
- ``/blog``                                   the blog, 4 posts a page, newest first, FULL posts
- ``/blog/previous/<N>``                      older pages of the blog (2..4)
- ``/blog/<slug>``                            a post (gold articles)
- ``/blog/category/<slug>``                   a category listing (``all`` = every post)
- ``/blog/category/<slug>/previous/<N>``      its older pages
- ``/blog/archives/<mm>-<yyyy>``              a month's posts (``/previous/<N>`` likewise)
- ``/1/post/<yyyy>/<mm>/<slug>.html``         the old (pre-2020) Weebly permalink of a post:
                                              serves the very same post
- ``/1/feed``                                 RSS
- ``/gioi-thieu.html``, ``/doi-ngu-giao-vien.html``, ``/thuc-don-hang-tuan.html``,
  ``/thu-vien-anh.html``, ``/lien-he.html``   builder pages (non-articles)
- ``/uploads/1/4/8/2/148273615/...``          images (any ``.jpg``) and the files (PDF)

Page templates
--------------
Every page: Weebly header (logo block with the school's name in a ``<span id="wsite-title">``,
a custom-HTML strip with today's date "Thứ Bảy, 05/12/2026"), the nav ``ul.wsite-menu-default``
with drop-downs (``Giới thiệu`` > ``Đội ngũ giáo viên``), a banner ``wsite-header-section`` whose
``<h2>`` says "BẢN TIN NHÀ TRƯỜNG" on blog pages, the footer (address, phone, e-mail, a custom
HTML visitor counter and a poll).

Blog pages (listing and post alike) have ``<table id="blogTable"><tr><td class="blog-body">``
with the posts and ``<td class="blog-sidebar">`` with the author box, the archive by month and the
categories. A listing prints each post in full (or up to its "Đọc tiếp" break); a post page
prints one post plus its comments.

How each gold article is reached
--------------------------------
``/`` links the three newest posts and ``/blog``. ``/blog`` and ``/blog/previous/2..4`` reach all
13 (4 a page); the sidebar's categories and months reach them too, except "Lớp Mẫu giáo lớn A2
tham quan Đền Đô" (no category), which only ``/blog/previous/2`` and
``/blog/archives/11-2026/previous/2`` list. Two old permalinks ``/1/post/2026/10/<slug>.html`` are
linked from "Xem thêm:" lines inside posts; they are ``alt_paths`` of their posts.

Traps
-----
1. US dates: the theme prints the post date as Weebly's default ``M/D/YYYY`` with no time
   (``<p class="blog-date"><span class="date-text">12/2/2026</span></p>``). "12/2/2026" is the
   2nd of December, "11/4/2026" the 4th of November, "10/5/2026" the 5th of October (a day-first
   reader dates them in February, April, May). Gold: the day alone, "2026-12-02".
2. Comment timestamps: below each post the comments print ``<div class="blogCommentDate">
   11/28/2026 8:41:05 pm</div>``, the only times on the page. They are not the post's
   publication time (gold stays the day alone) and the comments' text is not body.
3. Listings print full posts: ``/blog``, its ``previous`` pages, categories and archives show
   every post's whole text, images and byline with the same ``blog-post`` markup as a post page
   (a few are cut at a "Đọc tiếp" link). They are listings, not articles; the article is
   ``/blog/<slug>``. ``/blog/category/all`` repeats ``/blog``.
4. Paragraphs without ``<p>``: the text is ``<div class="paragraph">`` blocks whose paragraphs are
   parted by ``<br /><br />`` (sometimes one ``<br />``); the editor leaves zero-width spaces
   (``&#8203;``) at the ends of paragraphs and a ``<div class="paragraph">&#8203;</div>`` as a
   spacer. Gold: each ``<br>``-parted piece is one paragraph, the zero-width spaces are no text
   and the spacer no paragraph.
5. Layout table: a two-column block is ``div.wsite-multicol > table.wsite-multicol-table >
   td.wsite-multicol-col``; it is layout, not a data table. Gold: the paragraphs of the first
   column, then of the second, each its own paragraph (no " | " joins).
6. Image markup: ``<div class="wsite-image"><a href="…_orig.jpg"><img src="/uploads/…/published/
   x.jpg?1764…" alt="Picture"></a><div style="display:block;font-size:90%">line</div></div>``:
   the caption is a class-less div, the ``alt`` is the builder's default "Picture" (no caption),
   the link points at the original file. Gold: the shown ``src`` (with its ``?`` stamp), caption
   = the div's text; an image with no div has caption None; a gallery
   (``wsite-imageGallery``) gives its thumbnails' ``src`` in order, caption None.
7. The sidebar's "Tác giả" box ("Ban Truyền thông nhà trường …") on every blog page is chrome,
   not a byline. Authors come only from the byline line at the end of a post; posts without one
   have none.
8. Two headings before the headline: the banner's ``<h2>BẢN TIN NHÀ TRƯỜNG</h2>`` and the logo
   text come before the post's ``<h2 class="blog-title">``; there is no ``<h1>``. Gold title: the
   ``blog-title`` link's text (one in capitals is kept as printed).
9. Old permalinks: "Xem thêm: <a href="/1/post/2026/10/<slug>.html">…</a>" lines inside two posts
   link a post by its old Weebly URL, which still serves it (with ``og:url`` naming the new one).
   Gold: that path is in the post's ``alt_paths``; the "Xem thêm" line is not body. The post's
   comment-count link ``/blog/<slug>#comments`` is the same page again.
10. Categories: a post filed under two categories prints both ("Chuyên mục: Tin nhà trường,
    Hoạt động của bé"): gold category is the first. A post with none prints no category line:
    gold category is the blog page's menu name, "Tin tức".
11. Non-text blocks inside the post: a ``wsite-file`` download box ("thong-bao-nghi-tet.pdf /
    Tải tệp"), a ``wsite-youtube`` embed, a ``wsite-button`` ("Đăng ký tham gia") and
    ``wsite-spacer``/``wsite-divider`` blocks are not body.
12. Bylines at the end: a right-aligned ``<div class="paragraph" style="text-align:right;">``
    with "Tin, ảnh: Cô giáo Nguyễn Thị Thu Hà (Lớp MGL A1)" gives author and photographer
    "Nguyễn Thị Thu Hà" (no "Cô giáo", no class); "Bài: X - Ảnh: Y" gives [X], [Y]; "Ảnh: X"
    as an image's only line is a photographer, not a caption.

Gold decisions on ambiguous points
----------------------------------
- ``published_at``: the day of ``date-text`` read month-first (the site's other dates, e.g.
  "11/24/2026", can only be month-first); Weebly prints no time, so every date is a day.
- ``summary``: only a bold lead block (``<div class="paragraph"><strong>…</strong></div>`` as the
  first block of the post) is a sapo; it is then the body's first paragraph. Otherwise null.
- A heading inside the text (``<h2 class="wsite-content-title">``) and list items are paragraphs.
- A post with no category: "Tin tức" (the nav item of the blog page, marked active).
- Image paths keep Weebly's cache stamp query (``?1764812345``), as printed in ``src``.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "weebly_square_mamnon"
PLATFORM = "Square Online / Weebly blog"
START_PATH = "/"

SCHOOL = "Trường Mầm non Bình Minh"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
UP = "/uploads/1/4/8/2/148273615"
PER_PAGE = 4
BLOG_NAME = "Tin tức"

CATEGORIES = {
    "hoat-dong-cua-be": "Hoạt động của bé",
    "tin-nha-truong": "Tin nhà trường",
    "goc-phu-huynh": "Góc phụ huynh",
    "dinh-duong-suc-khoe": "Dinh dưỡng - Sức khỏe",
}
MONTHS = {
    "12-2026": "Tháng Mười Hai 2026",
    "11-2026": "Tháng Mười Một 2026",
    "10-2026": "Tháng Mười 2026",
}


def _img(name: str, stamp: int, printed: str | None = None, caption: str | None = None,
         style: str = "wsite") -> Img:
    return Img(f"{UP}/published/{name}.jpg?{stamp}", printed, caption, style)


def _byline(line: str) -> Raw:
    return Raw(
        '<div class="paragraph" style="text-align:right;"><em><strong>'
        f"{esc(line)}</strong></em>&#8203;</div>"
    )


def _see_also(href: str, label: str) -> Raw:
    return Raw(
        f'<div class="paragraph"><em>Xem thêm: <a href="{href}">{esc(label)}</a></em></div>'
    )


SPACER = Raw('<div class="wsite-spacer" style="height:20px;"></div>')
DIVIDER = Raw('<div><div style="height: 20px; overflow: hidden; width: 100%;"></div>'
              '<hr class="styled-hr" style="width:100%;"><div style="height: 20px; overflow: '
              'hidden; width: 100%;"></div></div>')
#: a "Đọc tiếp" break: listings stop the post here
BREAK = Raw("<!--BREAK-->")


@dataclass
class Post:
    story: Story
    printed_date: str
    cats: tuple[str, ...]
    comments: tuple[tuple[str, str, str], ...] = ()
    old_path: str | None = None


def _posts() -> list[Post]:
    posts: list[Post] = []

    s = Story(
        1, "be-vui-hoi-khoe-phu-dong-cap-truong", "Bé vui Hội khỏe Phù Đổng cấp trường",
        "Hoạt động của bé", "2026-12-04",
        [
            P("Sáng ngày 03/12/2026, Trường Mầm non Bình Minh tổ chức Hội khỏe Phù Đổng cấp trường "
              "dành cho các bé khối Mẫu giáo nhỡ và Mẫu giáo lớn.", "zw"),
            P("Hội khỏe gồm các nội dung: bật xa, ném trúng đích, chạy tiếp sức và kéo co. Mỗi lớp "
              "cử 10 vận động viên nhí tham gia."),
            _img("be-chay-tiep-suc", 1764812345, "Các bé lớp MGL A1 trong phần thi chạy tiếp sức",
                 "Các bé lớp MGL A1 trong phần thi chạy tiếp sức"),
            P("Dù trời se lạnh, các bé vẫn thi đấu hết mình trong tiếng cổ vũ của thầy cô và phụ "
              "huynh.", "new"),
            BREAK,
            P("Kết quả chung cuộc", "h"),
            P("Giải Nhất toàn đoàn: lớp Mẫu giáo lớn A2.", "li"),
            P("Giải Nhì: lớp Mẫu giáo lớn A1.", "li"),
            P("Giải Ba: lớp Mẫu giáo nhỡ B3.", "li"),
            P("Nhà trường sẽ chọn 12 bé xuất sắc tham dự Hội khỏe Phù Đổng cấp thị xã vào cuối "
              "tháng 12.", "new zw"),
            _byline("Tin, ảnh: Cô giáo Nguyễn Thị Thu Hà (Lớp MGL A1)"),
        ],
        authors=["Nguyễn Thị Thu Hà"], photographers=["Nguyễn Thị Thu Hà"],
    )
    posts.append(Post(s, "12/4/2026", ("hoat-dong-cua-be",),
                      (("Phụ huynh bé Bống", "12/4/2026 9:12:40 pm",
                        "Con về kể mãi về phần kéo co, cảm ơn các cô ạ!"),)))

    s = Story(
        2, "thong-bao-lich-nghi-tet-duong-lich-2027", "Thông báo lịch nghỉ Tết Dương lịch 2027",
        "Tin nhà trường", "2026-12-02",
        [
            P("Thực hiện hướng dẫn của Phòng Giáo dục và Đào tạo thị xã Từ Sơn, Trường Mầm non "
              "Bình Minh thông báo lịch nghỉ Tết Dương lịch năm 2027 như sau:", "zw"),
            P("Thời gian nghỉ: từ thứ Sáu ngày 01/01/2027 đến hết Chủ nhật ngày 03/01/2027.", "li"),
            P("Trẻ đi học trở lại vào thứ Hai ngày 04/01/2027.", "li"),
            P("Trong thời gian nghỉ, nhà trường bố trí cán bộ trực bảo vệ tài sản 24/24 giờ.",
              "li"),
            P("Kính mong quý phụ huynh sắp xếp thời gian chăm sóc trẻ và nhắc nhở trẻ giữ gìn vệ "
              "sinh, an toàn trong những ngày nghỉ."),
            Raw(f'<div><div class="wsite-file"><div class="file-container"><div class="file">'
                f'<a href="{UP}/thong-bao-nghi-tet-2027.pdf" target="_blank"><span class="'
                'file-name">thong-bao-nghi-tet-2027.pdf</span></a><span class="file-size">'
                "Tải tệp</span></div></div></div></div>"),
            _byline("Ban Giám hiệu"),
        ],
        authors=["Ban Giám hiệu"],
    )
    posts.append(Post(s, "12/2/2026", ("tin-nha-truong",)))

    s = Story(
        3, "hoi-thi-be-kheo-tay-khoi-mau-giao-nho", "Hội thi “Bé khéo tay” khối Mẫu giáo nhỡ",
        "Hoạt động của bé", "2026-11-27",
        [
            P("Hội thi “Bé khéo tay” giúp trẻ rèn luyện sự khéo léo của đôi bàn tay và tình yêu "
              "với cái đẹp.", "lead"),
            P("Ngày 26/11/2026, 96 bé của bốn lớp Mẫu giáo nhỡ đã cùng nhau nặn, xé dán và tô màu "
              "theo chủ đề “Mùa đông của bé”."),
            P("Các bé được tự chọn nguyên vật liệu: giấy màu, đất nặn, lá khô và hột hạt.", "br1"),
            P("Nhiều sản phẩm ngộ nghĩnh như cây thông, người tuyết, chiếc khăn len đã ra đời.",
              "c1"),
            P("Ban giám khảo là các cô giáo khối Mẫu giáo lớn, chấm theo ba tiêu chí: sáng tạo, "
              "thẩm mỹ và kỹ năng.", "c1"),
            _img("san-pham-be-kheo-tay", 1764230011, None, None, "col2"),
            P("Sản phẩm đẹp nhất được trưng bày tại góc nghệ thuật của trường đến hết tháng 12.",
              "c2"),
            P("Hội thi khép lại với niềm vui và những món quà nhỏ cho tất cả các bé.", "new"),
            _byline("Bài: Phạm Thị Lan - Ảnh: Trần Minh Đức"),
        ],
        authors=["Phạm Thị Lan"], photographers=["Trần Minh Đức"],
        summary="Hội thi “Bé khéo tay” giúp trẻ rèn luyện sự khéo léo của đôi bàn tay và tình yêu "
                "với cái đẹp.",
    )
    posts.append(Post(s, "11/27/2026", ("hoat-dong-cua-be",)))

    s = Story(
        4, "thuc-don-mua-dong-giu-am-cho-be-tu-bua-an", "Thực đơn mùa đông: giữ ấm cho bé từ bữa ăn",
        "Dinh dưỡng - Sức khỏe", "2026-11-24",
        [
            P("Khi thời tiết chuyển lạnh, bộ phận nuôi dưỡng của nhà trường điều chỉnh thực đơn "
              "để tăng năng lượng và sức đề kháng cho trẻ.", "zw"),
            P("Các món canh nóng, cháo thịt bằm, súp gà ngô non được đưa vào thực đơn xen kẽ trong "
              "tuần."),
            _img("bua-an-mua-dong", 1763951200, "Ảnh: Nguyễn Văn Tùng", None),
            P("Cân đối bốn nhóm chất", "h"),
            P("Mỗi bữa ăn bảo đảm đủ bốn nhóm chất: bột đường, đạm, béo, vitamin và khoáng chất."),
            P("Nhà trường khuyến khích phụ huynh cho trẻ uống nước ấm và mặc đủ ấm khi đến lớp.",
              "br1 zw"),
            _see_also("/1/post/2026/10/phong-benh-tay-chan-mieng-khi-giao-mua.html",
                      "Phòng bệnh tay chân miệng khi giao mùa"),
        ],
        photographers=["Nguyễn Văn Tùng"],
    )
    posts.append(Post(s, "11/24/2026", ("dinh-duong-suc-khoe",)))

    s = Story(
        5, "chao-mung-ngay-nha-giao-viet-nam-20-11", "Chào mừng ngày Nhà giáo Việt Nam 20/11",
        "Tin nhà trường", "2026-11-20",
        [
            P("Sáng 20/11/2026, Trường Mầm non Bình Minh long trọng tổ chức lễ kỷ niệm 44 năm "
              "ngày Nhà giáo Việt Nam."),
            P("Đến dự có đại diện lãnh đạo UBND phường Đình Bảng, Ban đại diện cha mẹ học sinh "
              "cùng toàn thể cán bộ, giáo viên, nhân viên nhà trường."),
            P("Các bé khối Mẫu giáo lớn biểu diễn tiết mục múa “Bông hồng tặng cô” và tặng hoa "
              "các thầy cô giáo.", "new"),
            Raw('<div class="wsite-youtube" style="margin-bottom:10px;margin-top:10px;"><div '
                'class="wsite-youtube-wrapper wsite-youtube-size-auto wsite-youtube-align-center">'
                '<div class="wsite-youtube-container"><iframe src="//www.youtube.com/embed/'
                'q3Xb7n2Lm0A?wmode=opaque" frameborder="0" allowfullscreen></iframe></div></div>'
                "</div>"),
            _img("le-20-11-gallery-1", 1763612001, None, None, "gallery"),
            _img("le-20-11-gallery-2", 1763612002, None, None, "gallery"),
            _img("le-20-11-gallery-3", 1763612003, None, None, "gallery"),
            P("Nhân dịp này, nhà trường khen thưởng 8 giáo viên đạt danh hiệu giáo viên dạy giỏi "
              "cấp trường năm học 2025-2026."),
            _byline("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
    )
    posts.append(Post(s, "11/20/2026", ("tin-nha-truong", "hoat-dong-cua-be"),
                      (("Nguyễn Thị Mai", "11/20/2026 6:05:12 pm",
                        "Chúc các cô luôn mạnh khỏe và yêu nghề!"),
                       ("Phụ huynh lớp MGN B2", "11/21/2026 7:30:55 am",
                        "Tiết mục của các con rất cảm động."))))

    s = Story(
        6, "tap-huan-phong-chong-duoi-nuoc-va-tai-nan-thuong-tich",
        "Tập huấn phòng chống đuối nước và tai nạn thương tích",
        "Tin nhà trường", "2026-11-16",
        [
            P("Ngày 14/11/2026, nhà trường phối hợp với Trạm Y tế phường tổ chức buổi tập huấn "
              "phòng chống đuối nước và tai nạn thương tích cho toàn thể cán bộ, giáo viên, nhân "
              "viên.", "zw"),
            _img("tap-huan-so-cuu", 1763290044, "(Bác sĩ Trạm Y tế hướng dẫn sơ cứu trẻ bị hóc dị vật)",
                 "Bác sĩ Trạm Y tế hướng dẫn sơ cứu trẻ bị hóc dị vật"),
            P("Các nội dung chính:", "new"),
            P("Nhận biết nguy cơ tai nạn trong trường mầm non.", "li"),
            P("Sơ cứu khi trẻ bị hóc dị vật, bỏng, chảy máu cam.", "li"),
            P("Kỹ năng xử lý khi trẻ bị đuối nước.", "li"),
            P("Sau buổi tập huấn, mỗi lớp xây dựng kế hoạch rà soát, loại bỏ các vật dụng có nguy "
              "cơ gây mất an toàn cho trẻ."),
            Raw('<div style="text-align:left;"><a class="wsite-button wsite-button-small '
                'wsite-button-normal" href="/lien-he.html"><span class="wsite-button-inner">'
                "Đăng ký tham gia</span></a></div>"),
            _byline("Tin: Lê Thị Hồng Nhung"),
        ],
        authors=["Lê Thị Hồng Nhung"],
    )
    posts.append(Post(s, "11/16/2026", ("tin-nha-truong",)))

    s = Story(
        7, "cha-me-cung-con-doc-sach-moi-toi", "Cha mẹ cùng con đọc sách mỗi tối",
        "Góc phụ huynh", "2026-11-11",
        [
            P("Đọc sách cùng con mỗi tối chỉ 15 phút là món quà quý giá cha mẹ dành cho trẻ.",
              "lead"),
            P("Khi được nghe đọc truyện, trẻ phát triển vốn từ, khả năng tập trung và trí tưởng "
              "tượng.", "zw"),
            P("Một vài gợi ý cho cha mẹ", "h"),
            P("Chọn sách tranh có chữ to, hình ảnh rõ ràng, phù hợp lứa tuổi.", "li"),
            P("Để trẻ tự lật trang và đặt câu hỏi về nhân vật.", "li"),
            P("Đọc chậm, thay đổi giọng theo từng nhân vật.", "li"),
            P("Tủ sách lớp học của trường luôn sẵn sàng cho phụ huynh mượn sách về nhà vào chiều "
              "thứ Sáu hằng tuần."),
            _see_also("/1/post/2026/10/hop-phu-huynh-dau-nam-hoc-2026-2027.html",
                      "Họp phụ huynh đầu năm học 2026-2027"),
            _byline("Nguồn: Tạp chí Giáo dục Mầm non"),
        ],
        source="Tạp chí Giáo dục Mầm non",
        summary="Đọc sách cùng con mỗi tối chỉ 15 phút là món quà quý giá cha mẹ dành cho trẻ.",
    )
    posts.append(Post(s, "11/11/2026", ("goc-phu-huynh",)))

    s = Story(
        8, "lop-mau-giao-lon-a2-tham-quan-den-do", "Lớp Mẫu giáo lớn A2 tham quan Đền Đô",
        BLOG_NAME, "2026-11-06",
        [
            P("Nhằm giáo dục trẻ tình yêu quê hương, sáng 05/11/2026 cô và trò lớp Mẫu giáo lớn "
              "A2 đã đến tham quan Đền Đô, nơi thờ tám vị vua nhà Lý."),
            _img("tham-quan-den-do", 1762420777, "Cô và trò lớp MGL A2 trước cổng Đền Đô",
                 "Cô và trò lớp MGL A2 trước cổng Đền Đô"),
            P("Các bé được nghe hướng dẫn viên kể về Lý Công Uẩn và lễ hội Đền Đô tháng ba âm lịch."
              , "new zw"),
            P("Chuyến đi để lại nhiều ấn tượng, các bé hào hứng vẽ lại cổng đền khi về lớp."),
        ],
    )
    posts.append(Post(s, "11/6/2026", ()))

    s = Story(
        9, "kham-suc-khoe-dinh-ky-hoc-ky-i-cho-tre", "KHÁM SỨC KHỎE ĐỊNH KỲ HỌC KỲ I CHO TRẺ",
        "Dinh dưỡng - Sức khỏe", "2026-11-04",
        [
            P("Trong hai ngày 02 và 03/11/2026, nhà trường phối hợp với Trung tâm Y tế thị xã Từ "
              "Sơn tổ chức khám sức khỏe định kỳ cho 412 trẻ.", "zw"),
            P("Trẻ được đo chiều cao, cân nặng, khám răng miệng, mắt và tai mũi họng."),
            Raw('<div class="paragraph">&#8203;</div>'),
            P("Kết quả theo khối lớp", "h"),
            P("Nhà trẻ: 68 trẻ, tỉ lệ kênh bình thường 95,6%.", "c1"),
            P("Mẫu giáo bé: 104 trẻ, tỉ lệ kênh bình thường 96,2%.", "c1"),
            P("Mẫu giáo nhỡ: 118 trẻ, tỉ lệ kênh bình thường 97,5%.", "c2"),
            P("Mẫu giáo lớn: 122 trẻ, tỉ lệ kênh bình thường 98,4%.", "c2"),
            P("Kết quả khám được gửi tới phụ huynh qua sổ theo dõi sức khỏe của trẻ.", "new"),
            _byline("Nhân viên y tế: Đỗ Thị Ngọc"),
        ],
        authors=["Đỗ Thị Ngọc"],
    )
    posts.append(Post(s, "11/4/2026", ("dinh-duong-suc-khoe",)))

    s = Story(
        10, "be-lam-quen-voi-tieng-anh-qua-bai-hat", "Bé làm quen với tiếng Anh qua bài hát",
        "Hoạt động của bé", "2026-10-28",
        [
            P("Từ tháng 10/2026, các lớp Mẫu giáo lớn được làm quen với tiếng Anh hai buổi mỗi "
              "tuần qua bài hát và trò chơi."),
            P("Những bài hát quen thuộc như “Hello”, “Baby Shark”, “Five Little Ducks” giúp trẻ "
              "nhớ từ vựng một cách tự nhiên.", "br1 zw"),
            _img("tieng-anh-bai-hat", 1761640123, "Giờ học tiếng Anh của lớp MGL A3",
                 "Giờ học tiếng Anh của lớp MGL A3"),
            BREAK,
            P("Cuối mỗi chủ đề, giáo viên tổ chức tiết học mở để phụ huynh đến dự cùng con.",
              "new"),
            _byline("Tin, ảnh: Vũ Thanh Hương"),
        ],
        authors=["Vũ Thanh Hương"], photographers=["Vũ Thanh Hương"],
    )
    posts.append(Post(s, "10/28/2026", ("hoat-dong-cua-be",)))

    s = Story(
        11, "ngay-phu-nu-viet-nam-20-10-be-tang-hoa-me-va-co",
        "Ngày Phụ nữ Việt Nam 20/10: bé tặng hoa mẹ và cô",
        "Hoạt động của bé", "2026-10-20",
        [
            P("Hướng tới ngày Phụ nữ Việt Nam 20/10, các bé đã tự tay làm những bông hoa giấy "
              "xinh xắn để tặng mẹ và cô giáo.", "zw"),
            _img("be-tang-hoa-1", 1760944001, "Bé lớp Nhà trẻ D1 tặng hoa cô giáo",
                 "Bé lớp Nhà trẻ D1 tặng hoa cô giáo"),
            _img("be-tang-hoa-2", 1760944002),
            P("Buổi chiều, các lớp tổ chức “Góc yêu thương” để bé đọc thơ, hát tặng mẹ khi mẹ đến "
              "đón.", "new"),
            _byline("Tin, ảnh: Cô giáo Ngô Thị Phương (Tổ Nhà trẻ)"),
        ],
        authors=["Ngô Thị Phương"], photographers=["Ngô Thị Phương"],
    )
    posts.append(Post(s, "10/20/2026", ("hoat-dong-cua-be",)))

    s = Story(
        12, "hop-phu-huynh-dau-nam-hoc-2026-2027", "Họp phụ huynh đầu năm học 2026-2027",
        "Góc phụ huynh", "2026-10-12",
        [
            P("Chiều 10/10/2026, các lớp trong trường đồng loạt tổ chức họp phụ huynh đầu năm học "
              "2026-2027."),
            P("Giáo viên chủ nhiệm thông báo kế hoạch chăm sóc, giáo dục trẻ, các khoản thu theo "
              "quy định và bầu Ban đại diện cha mẹ học sinh của lớp.", "br1"),
            P("Nhiều phụ huynh đóng góp ý kiến về giờ đón trẻ và bữa ăn bán trú.", "zw"),
            P("Nhà trường tiếp thu và sẽ phản hồi các ý kiến trong tháng 10.", "new"),
        ],
    )
    posts.append(Post(s, "10/12/2026", ("goc-phu-huynh",),
                      old_path="/1/post/2026/10/hop-phu-huynh-dau-nam-hoc-2026-2027.html"))

    s = Story(
        13, "phong-benh-tay-chan-mieng-khi-giao-mua", "Phòng bệnh tay chân miệng khi giao mùa",
        "Dinh dưỡng - Sức khỏe", "2026-10-05",
        [
            P("Thời điểm giao mùa là lúc bệnh tay chân miệng dễ bùng phát ở trẻ mầm non.", "lead"),
            P("Nhà trường thực hiện lau rửa đồ chơi, sàn lớp bằng dung dịch khử khuẩn hằng ngày."),
            P("Phụ huynh cần làm gì?", "h"),
            P("Rửa tay cho trẻ bằng xà phòng dưới vòi nước sạch.", "li"),
            P("Theo dõi các biểu hiện sốt, loét miệng, nổi ban ở tay chân.", "li"),
            P("Cho trẻ nghỉ học và báo ngay với giáo viên khi trẻ có dấu hiệu bệnh.", "li"),
            _img("phong-benh-tcm", 1759654321, "Ảnh minh họa", "Ảnh minh họa"),
            _byline("Nhân viên y tế: Đỗ Thị Ngọc"),
        ],
        authors=["Đỗ Thị Ngọc"],
        summary="Thời điểm giao mùa là lúc bệnh tay chân miệng dễ bùng phát ở trẻ mầm non.",
    )
    posts.append(Post(s, "10/5/2026", ("dinh-duong-suc-khoe",),
                      old_path="/1/post/2026/10/phong-benh-tay-chan-mieng-khi-giao-mua.html"))
    return posts


POSTS = _posts()
BY_SLUG = {p.story.slug: p for p in POSTS}
BY_OLD = {p.old_path: p for p in POSTS if p.old_path}


def _post_id(post: Post) -> str:
    return f"{7310452918000 + post.story.id * 131}"


# --- rendering of a post's text --------------------------------------------------------------


def _para_piece(block: P) -> str:
    return esc(block.text) + ("&#8203;" if "zw" in block.style else "")


def render_blocks(post: Post, cut: bool = False) -> str:
    """The post's ``blog-content``; ``cut`` stops at the "Đọc tiếp" break (listings)."""
    out: list[str] = []
    para: list[str] = []  # pieces of the open div.paragraph
    items: list[str] = []
    cols: dict[str, list[str]] = {}

    def close_para() -> None:
        if items:
            para.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
            items.clear()
        if para:
            out.append('<div class="paragraph" style="text-align:justify;">' + "".join(para)
                       + "</div>")
            para.clear()

    def close_cols() -> None:
        if cols:
            tds = "".join(
                f'<td class="wsite-multicol-col" style="width:50%; padding:0 15px;">'
                f"{''.join(cols.get(c, []))}</td>" for c in ("c1", "c2")
            )
            out.append('<div><div class="wsite-multicol"><div class="wsite-multicol-table-wrap" '
                       'style="margin:0 -15px;"><table class="wsite-multicol-table"><tbody '
                       f'class="wsite-multicol-tbody"><tr class="wsite-multicol-tr">{tds}</tr>'
                       "</tbody></table></div></div></div>")
            cols.clear()

    gallery: list[Img] = []

    def close_gallery() -> None:
        if gallery:
            cells = "".join(
                f'<div class="wsite-image-gallery-cell" style="width:33.33%;"><div '
                f'class="galleryInnerImageHolder"><a href="{esc(g.src.split("?")[0].replace("/published/", "/").replace(".jpg", "_orig.jpg"))}" '
                f'rel="lightbox[gallery-{_post_id(post)}]"><img class="galleryImage" '
                f'src="{esc(g.src)}" style="width:100%;top:0%;left:0%" /></a></div></div>'
                for g in gallery
            )
            out.append(f'<div><div id="{_post_id(post)}-gallery" class="imageGallery '
                       f'wsite-imageGallery" style="line-height:0px;padding:0;margin:0">'
                       f"{cells}</div></div>")
            gallery.clear()

    def image_html(img: Img) -> str:
        orig = img.src.split("?")[0].replace("/published/", "/").replace(".jpg", "_orig.jpg")
        line = (f'<div style="display:block;font-size:90%">{esc(img.printed)}</div>'
                if img.printed else "")
        return ('<div><div class="wsite-image wsite-image-border-none " style="padding-top:10px;'
                'padding-bottom:10px;margin-left:0;margin-right:0;text-align:center">'
                f'<a><img src="{esc(img.src)}" alt="Picture" style="width:auto;max-width:100%" />'
                f"</a>{line}</div></div>").replace("<a>", f'<a href="{esc(orig)}">')

    for block in post.story.blocks:
        if isinstance(block, Raw) and block.html == "<!--BREAK-->":
            if cut:
                close_para()
                close_cols()
                close_gallery()
                out.append(f'<div class="blog-read-more"><a class="blog-link" href="/blog/'
                           f'{post.story.slug}">Đọc tiếp</a></div>')
                return "".join(out)
            continue
        if isinstance(block, Img) and block.style == "gallery":
            close_para()
            gallery.append(block)
            continue
        close_gallery()
        if isinstance(block, Img) and block.style == "col2":
            close_para()
            cols.setdefault("c2", []).append(image_html(block))
            continue
        if isinstance(block, P) and block.style in ("c1", "c2"):
            close_para()
            cols.setdefault(block.style, []).append(
                f'<div class="paragraph">{_para_piece(block)}</div>')
            continue
        close_cols()
        if isinstance(block, Raw):
            close_para()
            out.append(block.html)
        elif isinstance(block, Img):
            close_para()
            out.append(image_html(block))
        elif block.style == "h":
            close_para()
            out.append(f'<h2 class="wsite-content-title"><font size="4">{esc(block.text)}'
                       "</font></h2>")
        elif block.style == "lead":
            close_para()
            out.append(f'<div class="paragraph"><strong>{esc(block.text)}</strong></div>')
        elif block.style == "li":
            items.append(_para_piece(block))
        else:
            if items:
                close_para()
            if "new" in block.style:
                close_para()
            if para:
                para.append("<br />" if "br1" in block.style else "<br /><br />")
            para.append(_para_piece(block))
    close_para()
    close_cols()
    close_gallery()
    return "".join(out)


# --- page chrome -------------------------------------------------------------------------------

NAV = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu.html", "Giới thiệu", [("/doi-ngu-giao-vien.html", "Đội ngũ giáo viên")]),
    ("/blog", BLOG_NAME, []),
    ("/thuc-don-hang-tuan.html", "Thực đơn", []),
    ("/thu-vien-anh.html", "Thư viện ảnh", []),
    ("/lien-he.html", "Liên hệ", []),
]


def _nav(active: str) -> str:
    lis = []
    for i, (href, label, subs) in enumerate(NAV):
        cls = ' id="active"' if href == active else ""
        sub = ""
        if subs:
            sub = ('<div class="wsite-menu-wrap" style="display:none"><ul class="wsite-menu">'
                   + "".join(f'<li id="wsite-nav-{90000 + j}"><a href="{h}"><span class='
                             f'"wsite-menu-title">{esc(t)}</span></a></li>'
                             for j, (h, t) in enumerate(subs))
                   + "</ul></div>")
        arrow = '<span class="wsite-menu-arrow">&gt;</span>' if subs else ""
        lis.append(f'<li id="pg{418220 + i * 7}"{cls} class="wsite-menu-item-wrap"><a href="{href}"'
                   f' class="wsite-menu-item">{esc(label)}{arrow}</a>{sub}</li>')
    return '<ul class="wsite-menu-default">' + "".join(lis) + "</ul>"


def page(title: str, body: str, active: str, banner: str = "", extra_head: str = "") -> str:
    banner_html = (f'<div class="wsite-header-section" style="background-image:url(/uploads/1/4/8/'
                   f'2/148273615/background-images/banner.jpg)"><div class="wsite-section-content">'
                   f'<h2 class="wsite-content-title" style="text-align:center;">{esc(banner)}</h2>'
                   "</div></div>") if banner else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<title>{esc(title)}</title>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
{extra_head}
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime=1764700000" />
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1764811111" />
<script>var _W = _W || {{}}; _W.securePrefix='cdn2.editmysite.com'; _W.configDomain = "www.weebly.com"; _W.siteId = "148273615";</script>
</head>
<body class="header-page wsite-theme-light wsite-page-{esc(active.strip('/').replace('.html', '') or 'index')}">
<div class="wrapper">
 <div class="dusk-header">
  <div class="nav-wrap">
   <div class="container">
    <div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">{SCHOOL}</span></a></span></div>
    <div class="nav desktop-nav">{_nav(active)}</div>
   </div>
  </div>
  <div class="wsite-custom-html"><div class="top-strip" style="font-size:12px">{TODAY_LINE} | Hotline: 0222 3831 579</div></div>
 </div>
 {banner_html}
 <div class="main-wrap"><div class="container"><div id="wsite-content" class="wsite-elements wsite-not-footer">
{body}
 </div></div></div>
 <div class="footer-wrap"><div class="container"><div class="footer">
  <div class="wsite-elements wsite-footer">
   <div class="wsite-multicol"><div class="wsite-multicol-table-wrap"><table class="wsite-multicol-table"><tbody class="wsite-multicol-tbody"><tr class="wsite-multicol-tr">
    <td class="wsite-multicol-col" style="width:50%"><div class="paragraph"><strong>{SCHOOL.upper()}</strong><br />Địa chỉ: Khu phố Đa Hội, phường Châu Khê, thị xã Từ Sơn, tỉnh Bắc Ninh<br />Điện thoại: 0222 3831 579 - Email: mnbinhminh.tuson@bacninh.edu.vn</div></td>
    <td class="wsite-multicol-col" style="width:50%"><div class="wsite-custom-html"><div class="counter">Đang online: 7 | Hôm nay: 142 | Tổng truy cập: 268.415</div>
     <form class="poll" method="post" action="/ajax/apps/formSubmitAjax.php"><b>Bình chọn:</b> Quý phụ huynh biết đến trường qua kênh nào?<br />
      <label><input type="radio" name="q" value="1" /> Người quen giới thiệu</label> <label><input type="radio" name="q" value="2" /> Facebook</label> <label><input type="radio" name="q" value="3" /> Website</label> <button type="submit">Bình chọn</button></form></div>
     <div class="paragraph"><a href="https://www.facebook.com/mnbinhminhtuson" target="_blank">Fanpage Facebook</a> · <a href="https://tuson.bacninh.edu.vn" target="_blank">Phòng GD&amp;ĐT Từ Sơn</a></div></td>
   </tr></tbody></table></div></div>
   <div class="paragraph" style="text-align:center;">© 2026 {SCHOOL}. Thiết kế trên nền Weebly.</div>
  </div>
 </div></div></div>
</div>
<div id="weebly-footer-signup-container-v3"><a href="https://www.weebly.com/signup?utm_source=internal" target="_blank">Tạo website miễn phí với <span class="weebly-footer-logo">Weebly</span></a></div>
<script src="/files/theme/plugins.js?1557246439"></script>
</body>
</html>"""


def _sidebar() -> str:
    months = "".join(f'<p><a href="/blog/archives/{k}">{v}</a></p>' for k, v in MONTHS.items())
    cats = '<p><a href="/blog/category/all">Tất cả</a></p>' + "".join(
        f'<p><a href="/blog/category/{k}">{esc(v)}</a></p>' for k, v in CATEGORIES.items())
    return (
        '<div class="column-blog"><div class="blog-sidebar-author">'
        '<h2 class="wsite-content-title">Tác giả</h2>'
        f'<div><div class="wsite-image wsite-image-border-none"><img src="{UP}/published/'
        'logo-truong.png?1700000000" alt="Picture" style="width:120px" /></div></div>'
        '<div class="paragraph">Ban Truyền thông nhà trường - nơi chia sẻ những hoạt động, '
        "niềm vui hằng ngày của các bé và kinh nghiệm chăm sóc trẻ tới quý phụ huynh.</div>"
        '</div><h2 class="blog-sidebar-title">Lưu trữ</h2>'
        f"{months}"
        '<h2 class="blog-sidebar-title">Chuyên mục</h2>'
        f"{cats}"
        '<p><a href="/1/feed" target="_blank">Nguồn cấp dữ liệu RSS</a></p></div>'
    )


def _blog_layout(posts_html: str, nav_html: str = "") -> str:
    return ('<div id="blogTable"><table><tbody><tr><td class="blog-body"><div id="blogTable-'
            f'posts">{posts_html}</div>{nav_html}</td><td class="blog-sidebar">{_sidebar()}'
            "</td></tr></tbody></table></div>")


def _post_html(post: Post, full: bool) -> str:
    s = post.story
    cats = ""
    if post.cats:
        links = ", ".join(f'<a href="/blog/category/{c}">{esc(CATEGORIES[c])}</a>'
                          for c in post.cats)
        cats = f'<p class="blog-category-list"><span class="categories">Chuyên mục: </span>{links}</p>'
    n = len(post.comments)
    return (
        f'<div class="blog-post" id="blog-post-{_post_id(post)}"><div class="blog-header">'
        f'<h2 class="blog-title"><a class="blog-title-link blog-link" href="/blog/{s.slug}">'
        f"{esc(s.title)}</a></h2>"
        f'<p class="blog-date"><span class="date-text">{post.printed_date}</span></p>{cats}'
        '<div class="blog-comments-top"><a class="blog-link" href="/blog/'
        f'{s.slug}#comments">{n} Bình luận</a></div></div>'
        f'<div class="blog-content">{render_blocks(post, cut=not full)}</div>'
        '<div class="blog-footer"><div class="blog-social"><div class="blog-social-item '
        'blog-fb-like"><iframe src="//www.facebook.com/plugins/like.php?href='
        f'{s.slug}&amp;send=false&amp;layout=button_count" scrolling="no" frameborder="0"></iframe>'
        '</div><div class="blog-social-item blog-twitter"><a href="https://twitter.com/share" '
        'class="twitter-share-button">Tweet</a></div></div>'
        f'<div class="blog-comments-bottom"><a class="blog-link" href="/blog/{s.slug}#comments">'
        f"{n} Bình luận</a></div></div></div>"
    )


def _comments_html(post: Post) -> str:
    rows = "".join(
        f'<div id="{_post_id(post)}{i}" class="blogCommentLevel0"><div class="blogCommentHeading">'
        f'<div class="blogCommentAuthor"><span class="name">{esc(who)}</span></div>'
        f'<div class="blogCommentDate">{when}</div></div><div class="blogCommentText"><div><p>'
        f'{esc(what)}</p></div></div><div class="blogCommentReplyWrapper"><a class="blog-link" '
        'href="javascript:;">Trả lời</a></div></div>'
        for i, (who, when, what) in enumerate(post.comments)
    )
    return (
        f'<div id="comments"><div class="blogCommentWrap">{rows}</div>'
        '<div class="blog-comment-area"><h2 class="blog-comment-title">Gửi bình luận</h2>'
        '<form id="commentForm" method="post" action="/ajax/apps/formSubmitAjax.php">'
        '<input type="text" name="name" placeholder="Tên (bắt buộc)" /><input type="text" '
        'name="email" placeholder="Email (không công khai)" /><textarea name="comment"></textarea>'
        '<input type="submit" value="Gửi" /></form></div></div>'
    )


# --- listings ----------------------------------------------------------------------------------


def _listing(posts: list[Post], base: str, n: int, first: str) -> str | None:
    pages = max(1, -(-len(posts) // PER_PAGE))
    if n < 1 or n > pages:
        return None
    chunk = posts[(n - 1) * PER_PAGE: n * PER_PAGE]
    body = "".join(_post_html(p, full=False) for p in chunk)
    nav = []
    if n > 1:
        newer = first if n == 2 else f"{base}/previous/{n - 1}"
        nav.append(f'<div class="blog-page-nav-next"><a href="{newer}" class="blog-link">'
                   "Mới hơn &gt;&gt;</a></div>")
    if n < pages:
        nav.append(f'<div class="blog-page-nav-previous"><a href="{base}/previous/{n + 1}" '
                   'class="blog-link">&lt;&lt; Cũ hơn</a></div>')
    return _blog_layout(body, '<div class="blog-page-nav">' + "".join(nav) + "</div>")


def _archive_posts(key: str) -> list[Post]:
    mm, yyyy = key.split("-")
    return [p for p in POSTS if p.story.published_at.startswith(f"{yyyy}-{mm}")]


# --- builder pages (non-articles) ----------------------------------------------------------------

STATIC_PAGES = {
    "/gioi-thieu.html": ("Giới thiệu", (
        '<h2 class="wsite-content-title">Giới thiệu chung</h2><div class="paragraph">'
        f"{SCHOOL} được thành lập năm 1998, hiện có 14 nhóm, lớp với 412 trẻ và 46 cán bộ, giáo "
        "viên, nhân viên.<br /><br />Trường đạt chuẩn quốc gia mức độ 2 năm 2022.</div>"
        f'<div><div class="wsite-image"><img src="{UP}/published/toan-canh-truong.jpg?1700000001"'
        ' alt="Picture" /></div></div>')),
    "/doi-ngu-giao-vien.html": ("Đội ngũ giáo viên", (
        '<h2 class="wsite-content-title">Đội ngũ giáo viên</h2><div class="paragraph">'
        "Hiệu trưởng: Nguyễn Thị Bích Liên<br />Phó Hiệu trưởng: Trần Thị Hạnh, Lê Thị Thanh</div>"
        '<div class="paragraph"><ul><li>Tổ Nhà trẻ: 8 giáo viên</li><li>Tổ Mẫu giáo: 24 giáo '
        "viên</li><li>Tổ Văn phòng: 14 nhân viên</li></ul></div>")),
    "/thuc-don-hang-tuan.html": ("Thực đơn", (
        '<h2 class="wsite-content-title">Thực đơn tuần 49 (07/12 - 11/12/2026)</h2>'
        '<div><div class="wsite-file"><a href="' + UP + '/thuc-don-tuan-49.pdf">'
        'thuc-don-tuan-49.pdf</a> <span class="file-size">Tải tệp</span></div></div>'
        '<div class="paragraph">Thứ Hai: Cơm, thịt bò xào, canh cải<br />Thứ Ba: Cơm, cá sốt cà '
        "chua, canh bí<br />Thứ Tư: Phở gà</div>")),
    "/thu-vien-anh.html": ("Thư viện ảnh", (
        '<h2 class="wsite-content-title">Thư viện ảnh</h2><div><div class="imageGallery '
        'wsite-imageGallery">' + "".join(
            f'<div class="wsite-image-gallery-cell"><a href="{UP}/album-{i}_orig.jpg"><img '
            f'class="galleryImage" src="{UP}/published/album-{i}.jpg?17000000{i}" /></a></div>'
            for i in range(1, 7)) + "</div></div>")),
    "/lien-he.html": ("Liên hệ", (
        '<h2 class="wsite-content-title">Liên hệ với nhà trường</h2><div class="paragraph">'
        "Địa chỉ: Khu phố Đa Hội, phường Châu Khê, thị xã Từ Sơn, tỉnh Bắc Ninh<br />Điện thoại: "
        "0222 3831 579</div><div><form method=\"post\" action=\"/ajax/apps/formSubmitAjax.php\">"
        '<input name="_u412" placeholder="Họ tên" /><textarea name="_u413"></textarea>'
        "<button>Gửi</button></form></div>")),
}


def _home() -> str:
    latest = "".join(
        f'<li><a href="/blog/{p.story.slug}">{esc(p.story.title)}</a> ({p.printed_date})</li>'
        for p in POSTS[:3])
    return (
        '<h2 class="wsite-content-title" style="text-align:center;">Chào mừng quý phụ huynh đến '
        f"với {SCHOOL}</h2>"
        '<div class="paragraph" style="text-align:center;">"Mỗi ngày đến trường là một ngày vui"'
        "</div>"
        f'<div><div class="wsite-image"><img src="{UP}/published/slide-1.jpg?1700000009" '
        'alt="Picture" /></div></div>'
        '<h2 class="wsite-content-title">Tin mới</h2><div class="paragraph"><ul>'
        f"{latest}</ul></div>"
        '<div style="text-align:center;"><a class="wsite-button wsite-button-large" href="/blog">'
        '<span class="wsite-button-inner">Xem tất cả tin</span></a></div>'
    )


def _feed(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(p.story.title)}</title><link>{base}/blog/{p.story.slug}</link>"
        f"<description><![CDATA[{esc(p.story.title)}]]></description></item>"
        for p in POSTS[:10])
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{SCHOOL} - '
           f"{BLOG_NAME}</title><link>{base}/blog</link>{items}</channel></rss>")
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return html(page(SCHOOL, _home(), "/"))
        if path in STATIC_PAGES:
            title, body = STATIC_PAGES[path]
            return html(page(f"{title} - {SCHOOL}", body, path))
        if path == "/1/feed":
            return _feed(request)
        if path.endswith(".pdf") and path.startswith(UP):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith("/uploads/") or path.startswith("/files/"):
            return static_file(path)
        if path in BY_OLD:
            return self._post(request, BY_OLD[path])
        parts = path.strip("/").split("/")
        if parts[0] != "blog":
            return None
        rest = parts[1:]
        listing = None
        if not rest:
            listing = _listing(POSTS, "/blog", 1, "/blog")
        elif rest[0] == "previous" and len(rest) == 2 and rest[1].isdigit():
            listing = _listing(POSTS, "/blog", int(rest[1]), "/blog") if rest[1] != "1" else None
        elif rest[0] in ("category", "archives") and len(rest) in (2, 4):
            key = rest[1]
            if rest[0] == "category":
                if key == "all":
                    chosen = POSTS
                elif key in CATEGORIES:
                    chosen = [p for p in POSTS if key in p.cats]
                else:
                    return None
            else:
                if key not in MONTHS:
                    return None
                chosen = _archive_posts(key)
            base = f"/blog/{rest[0]}/{key}"
            n = 1
            if len(rest) == 4:
                if rest[2] != "previous" or not rest[3].isdigit() or rest[3] == "1":
                    return None
                n = int(rest[3])
            listing = _listing(chosen, base, n, base)
        elif len(rest) == 1 and rest[0] in BY_SLUG:
            return self._post(request, BY_SLUG[rest[0]])
        if listing is None:
            return None
        return html(page(f"{BLOG_NAME} - {SCHOOL}", listing, "/blog", banner="BẢN TIN NHÀ TRƯỜNG"))

    def _post(self, request: Request, post: Post) -> Response:
        s = post.story
        head = (f'<meta property="og:url" content="{base_url(request)}/blog/{s.slug}" />'
                f'<meta property="og:title" content="{esc(s.title)}" />'
                '<meta property="og:type" content="article" />')
        body = _blog_layout(_post_html(post, full=True) + _comments_html(post))
        return html(page(f"{s.title} - {SCHOOL}", body, "/blog", banner="BẢN TIN NHÀ TRƯỜNG",
                         extra_head=head))


def build_site() -> Site:
    return Site()


GOLD = [
    gold_record(
        p.story, f"/blog/{p.story.slug}", p.story.cat,
        alt_paths=[p.old_path] if p.old_path else (),
    )
    for p in POSTS
]

NON_ARTICLES = list(STATIC_PAGES)
