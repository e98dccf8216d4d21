"""NukeViet 4.1 school site (news module, vendor Bootstrap 3 theme): Trường THCS Nguyễn Du, Hoài Nhơn.

Platform: NukeViet CMS 4.1.02, module ``news`` as the site's default module; the home of the
module is in the "viewcat_two_column" layout (one block per main category: its newest post with
thumbnail and hometext, then two more titles), categories in "viewcat_page_new" (three posts per
page, NukeViet's ``page-N`` pager). Theme "thcs_nguyendu" bought from a local vendor
(Bootstrap 3, left column first in the markup, a logo header with the school name in an h1).

URL scheme (rewrite on, ``rewrite_exturl`` ".html"):
- ``/`` and ``/news/``: the module home, two columns of category blocks;
- ``/news/<cat>/`` and ``/news/<cat>/page-<N>``: a category listing (page 1 has no ``page-1``);
- ``/news/<cat>/<post-alias>-<id>.html``: a post; the id decides, a wrong category or alias
  answers 301 to the post's own URL (NukeViet's "chuyển hướng nếu đổi alias");
- ``/news/print/<cat>/<post-alias>-<id>.html``: the print view, opened by ``nv_open_browse`` in an
  ``onclick`` (the link's href is ``javascript:void(0)``);
- ``/index.php?language=vi&nv=news&op=<cat>/<post-alias>-<id>.html``: the non-rewritten form
  the vendor's "Tin xem nhiều" block prints; answers 200 with a canonical link;
- ``/news/tag/<tag>``: tag listings; ``/news/rss/``: the module's feed (8 newest);
- ``/about/<alias>.html``: the "about" module's pages; ``/contact/``; ``/laws/`` and
  ``/laws/detail/<alias>-<id>.html`` (documents); ``/albums/`` and ``/albums/<alias>-<id>.html``.

Page templates: detail (panel with h1, the date line and tool icons, ``figure.article`` home
image + ``div.hometext`` sapo, ``#news-bodyhtml``, "Tác giả/Nguồn tin" lines, copyright alert,
files, keywords, rating form, "Những tin mới hơn"), print view, two-column home, category/tag
listing, about page, contact, laws list/detail, album list/detail.

How each gold article is reached from ``/``: the home's category blocks show the three newest
posts of each main category; the sidebar's "Tin mới nhất" (5 newest) and "Tin xem nhiều"
(non-rewritten links); the menu's drop-downs lead to every category listing including the two
sub-categories of "Hoạt động chuyên môn"; the two oldest posts of "Tin tức - Sự kiện" (232, 239)
are only on ``/news/tin-tuc-su-kien/page-2`` (the detail pages list only *newer* posts, the tag
pages and the feed do not list them).

Traps:
1. Breadcrumb only in NukeViet's hidden schema.org list (``ul.temp-breadcrumbs.hidden``, moved by
   JS into an empty ``ul.breadcrumbs``); its first crumbs are "Trang nhất" and the module's title
   "Tin tức", and posts of a sub-category show parent then leaf ("Hoạt động chuyên môn" >
   "Tổ Khoa học tự nhiên"). Gold category: the leaf the post is filed under.
2. The sapo is ``div.hometext`` outside ``#news-bodyhtml``, beside the home image
   ``figure.article`` whose ``figcaption`` prints the alt text, and NukeViet falls back to the
   headline when the editor typed none (post 251). Gold: summary = hometext and the body's first
   paragraph; the home image is the first image, its caption the printed line (the headline
   included, as printed).
3. The date line is "Thứ năm - 03/12/2026 14:30" (weekday in lower case, day first, several days
   ≤ 12), while the vendor's meta prints PHP's unescaped ``date('Y-m-dTH:i:s')``:
   ``article:published_time`` = "2026-12-03+0714:30:00" and an ``article:modified_time`` of the
   last edit. Gold: the visible line's day and time.
4. Left column first in the markup: "Tin mới nhất" with other posts' dates and titles before the
   article, and the header's h1 is the school's name (the post's h1 comes second). Gold: the post's
   own h1 and date.
5. A post filed in two categories (NukeViet ``listcatid``, post 250): the parent category's listing
   links it under ``/news/hoat-dong-chuyen-mon/…-250.html``, which answers 301 to the main
   category's URL. Gold: path the main one, the other in alt_paths.
6. "Tin xem nhiều" links in the non-rewritten ``index.php?language=vi&nv=news&op=…`` form, served
   200 with the article and a canonical link. Gold: alt_paths of 243, 245, 247.
7. Bylines: the author field is free text typed by editors ("Tin và ảnh: Trần Thị Mai",
   "ThS. Nguyễn Văn Hòa", "Lê Thị Thu Hà - TTCM Tổ Xã hội", the unit "Tổ Văn phòng") printed as
   ``<p class="h5 text-right"><strong>Tác giả: </strong>…``; "Nguồn tin:" (not "Nguồn:") is the
   source, once as a link; the meta row prints the CMS account ("Người đăng: nguyendu_admin") —
   nobody. One post signs inside the body (right-aligned bold "Đinh Văn Tài – Tổ Toán").
8. Inside the same panel as the text: the copyright alert ("Bản quyền thuộc về …"), the keyword
   line, the rating form ("Tổng số điểm của bài viết là: …"), "Tải file đính kèm" and
   "Những tin mới hơn" with dates. None is body.
9. CKEditor text as ``<div>`` lines in nested font ``<span>``s separated by ``<div>&nbsp;</div>``
   spacers (posts 248, 236), lines split by ``<br />`` (post 249): each line is a paragraph,
   spacers are nothing.
10. Captions three ways: CKEditor's image2 ``<figure class="image"><figcaption>``, a centred
    ``<em>`` line under the photo ("Ảnh: Phạm Quốc Việt" only credits -> caption None,
    photographer), and a two-row table pasted from a newspaper (``td.pCaption``) — a caption,
    not a table row of the text.
11. imgposition 0 (post 239): the listing shows a thumbnail (``/assets/news/…``) but the post
    prints no home image; its only image is in the body. Gold images: the body's.
12. Print view only reachable by ``onclick`` (``nv_open_browse``); it prints the same post with
    "URL của bản tin này:" and the copyright. Gold: alt_paths.

Gold decisions on ambiguous points:
- category: the leaf category the post is filed under (its main ``catid``), as the hidden
  breadcrumb prints it; the module title "Tin tức" is not a category.
- A caption that repeats the headline (NukeViet's alt fallback) is still the printed caption.
- "Tin và ảnh: X" -> X is author and photographer. "X - TTCM Tổ Xã hội" -> X (post dropped).
- The results table of post 247 and the exam table of post 252 are body rows (cells joined by
  " | "), header rows included; the pasted newspaper table around a photo (post 248) is a caption.
- Post 238 has no hometext: summary None; its body starts with its first paragraph.
- The print view, the secondary-category URL and the index.php form are alt_paths.
"""

from __future__ import annotations

from datetime import datetime

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "nukeviet41_twocol_thcs"
PLATFORM = "NukeViet 4.1 (news: viewcat_two_column home, viewcat_page_new categories), vendor Bootstrap 3 theme"
START_PATH = "/"

SITE = "Trường THCS Nguyễn Du"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3
HOME_PER_CAT = 3

#: alias -> (name, parent alias or None)
CATS: dict[str, tuple[str, str | None]] = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", None),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", None),
    "to-khoa-hoc-tu-nhien": ("Tổ Khoa học tự nhiên", "hoat-dong-chuyen-mon"),
    "to-xa-hoi": ("Tổ Xã hội", "hoat-dong-chuyen-mon"),
    "doan-doi": ("Đoàn - Đội", None),
    "thong-bao": ("Thông báo", None),
}
MAIN_CATS = [alias for alias, (_, parent) in CATS.items() if parent is None]

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

# --- the posts -----------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=252,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-12-04T17:05:00+07:00",
        summary="Nhà trường thông báo lịch kiểm tra cuối học kỳ I các môn học đánh giá bằng điểm số đối với học sinh khối 6, 7, 8 và 9.",
        sapo_outside=True,
        blocks=[
            P("Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027, Trường THCS Nguyễn Du thông báo lịch kiểm tra cuối học kỳ I như sau:"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "tr"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("21/12/2026 | Chiều | Khoa học tự nhiên | 90 phút", "tr"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("22/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("23/12/2026 | Sáng | Lịch sử và Địa lí | 60 phút", "tr"),
            P("Học sinh có mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo thẻ học sinh và dụng cụ học tập cần thiết."),
            P("Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh để phối hợp thực hiện."),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "author_field": "Tổ Văn phòng",
            "files": [("Lich-kiem-tra-HKI-2026-2027.pdf", "/uploads/news/2026_12/lich-kiem-tra-hki-2026-2027.pdf")],
            "thumb": None,
            "tags": [("kiem-tra-hoc-ky", "kiểm tra học kỳ")],
            "edited": "2026-12-05 07:40",
        },
    ),
    Story(
        id=251,
        slug="hoi-nghi-cha-me-hoc-sinh-hoc-ky-i-nam-hoc-2026-2027",
        title="Hội nghị cha mẹ học sinh học kỳ I năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-12-03T14:30:00+07:00",
        summary="Chiều ngày 02/12/2026, Trường THCS Nguyễn Du tổ chức Hội nghị cha mẹ học sinh học kỳ I với sự tham dự của gần 800 phụ huynh.",
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_12/hoi-nghi-cmhs-hk1.jpg",
                "Hội nghị cha mẹ học sinh học kỳ I năm học 2026 - 2027",
                "Hội nghị cha mẹ học sinh học kỳ I năm học 2026 - 2027",
                "home1",
            ),
            P("Tại hội nghị, thầy Hiệu trưởng Phan Minh Đức đã báo cáo kết quả giáo dục giữa học kỳ I, tình hình nề nếp và các hoạt động phong trào của học sinh."),
            P("Nhà trường cũng thông qua kế hoạch ôn tập, kiểm tra cuối học kỳ I và các khoản thu, chi theo quy định."),
            Img("/uploads/news/2026_12/hoi-nghi-cmhs-lop.jpg", "Phụ huynh lớp 9A3 trao đổi với giáo viên chủ nhiệm", "Phụ huynh lớp 9A3 trao đổi với giáo viên chủ nhiệm", "fig"),
            P("Sau phiên toàn thể, cha mẹ học sinh họp theo từng lớp, trao đổi với giáo viên chủ nhiệm về kết quả học tập và rèn luyện của con em mình."),
            P("Hội nghị đã bầu Ban đại diện cha mẹ học sinh nhà trường năm học 2026 - 2027 gồm 11 thành viên."),
        ],
        authors=["Nguyễn Văn Hòa"],
        opts={"author_field": "ThS. Nguyễn Văn Hòa", "tags": [("hoi-nghi-cha-me-hoc-sinh", "hội nghị cha mẹ học sinh")], "edited": "2026-12-04 08:12"},
    ),
    Story(
        id=250,
        slug="to-khoa-hoc-tu-nhien-to-chuc-chuyen-de-day-hoc-stem-lop-7",
        title="Tổ Khoa học tự nhiên tổ chức chuyên đề dạy học STEM lớp 7",
        cat="to-khoa-hoc-tu-nhien",
        published_at="2026-12-01T13:45:00+07:00",
        summary="Nhằm đẩy mạnh giáo dục STEM theo Chương trình GDPT 2018, Tổ Khoa học tự nhiên tổ chức chuyên đề với bài học “Chế tạo nam châm điện đơn giản”.",
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2026_12/chuyen-de-stem-7.jpg", "Học sinh lớp 7A2 lắp ráp nam châm điện", "Học sinh lớp 7A2 lắp ráp nam châm điện", "home2"),
            P("Tiết dạy do cô Võ Thị Ngọc Trâm thực hiện tại lớp 7A2, học sinh làm việc theo nhóm, thiết kế và thử nghiệm sản phẩm từ những vật liệu dễ tìm."),
            P("Các nhóm trình bày sản phẩm, giải thích nguyên lí hoạt động và đề xuất cách cải tiến để nam châm hút được nhiều ghim hơn."),
            P("Trong phần góp ý, giáo viên dự giờ đánh giá cao cách tổ chức hoạt động và sự chủ động của học sinh; đồng thời đề nghị tăng thời gian cho khâu thử nghiệm."),
        ],
        authors=["Võ Thị Ngọc Trâm"],
        opts={"author_field": "Võ Thị Ngọc Trâm", "listcat": ["hoat-dong-chuyen-mon"], "tags": [("stem", "STEM")]},
    ),
    Story(
        id=249,
        slug="lien-doi-ra-quan-phong-trao-ke-hoach-nho",
        title="Liên đội ra quân phong trào “Kế hoạch nhỏ” năm học 2026 - 2027",
        cat="doan-doi",
        published_at="2026-11-28T16:00:00+07:00",
        summary="Sáng thứ Bảy 28/11, Liên đội THCS Nguyễn Du ra quân thu gom giấy vụn, vỏ lon và chai nhựa trong phong trào “Kế hoạch nhỏ”.",
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2026_11/ke-hoach-nho.jpg", "Đội viên tập kết giấy vụn tại sân trường", "Đội viên tập kết giấy vụn tại sân trường", "home1"),
            P("Kết quả, toàn Liên đội thu được:", "br"),
            P("- Giấy vụn: 1.250 kg;", "br"),
            P("- Vỏ lon, chai nhựa: 320 kg.", "br"),
            P("Toàn bộ số tiền thu được sẽ dùng để mua quà tặng các bạn học sinh có hoàn cảnh khó khăn nhân dịp Tết Nguyên đán."),
            P("Chi đội 8A1 dẫn đầu với 96 kg giấy vụn, được Liên đội tuyên dương trước cờ."),
        ],
        authors=["Trần Thị Mai"],
        photographers=["Trần Thị Mai"],
        opts={"author_field": "Tin và ảnh: Trần Thị Mai", "tags": [("ke-hoach-nho", "kế hoạch nhỏ")]},
    ),
    Story(
        id=248,
        slug="don-doan-kiem-tra-cong-tac-pho-cap-giao-duc-nam-2026",
        title="Đón đoàn kiểm tra công tác phổ cập giáo dục năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-11-26T09:00:00+07:00",
        summary="Ngày 25/11/2026, đoàn kiểm tra của Phòng GD&ĐT Hoài Nhơn đã làm việc với Trường THCS Nguyễn Du về công tác phổ cập giáo dục THCS.",
        sapo_outside=True,
        blocks=[
            P("Đoàn đã kiểm tra hồ sơ phổ cập, sổ theo dõi học sinh bỏ học, danh sách trẻ trong độ tuổi trên địa bàn xã Hoài Tân.", "div"),
            P("Theo báo cáo của nhà trường, tỉ lệ thanh thiếu niên 15 - 18 tuổi tốt nghiệp THCS đạt 97,6%, vượt chỉ tiêu được giao.", "div"),
            Img("/uploads/news/2026_11/kiem-tra-pcgd.jpg", "Đoàn kiểm tra làm việc với nhà trường", "Đoàn kiểm tra làm việc với nhà trường", "tbl"),
            P("Kết luận buổi làm việc, trưởng đoàn ghi nhận sự cố gắng của nhà trường và đề nghị tiếp tục phối hợp với địa phương vận động học sinh có nguy cơ bỏ học trở lại lớp.", "div"),
        ],
        source="Phòng GD&ĐT Hoài Nhơn",
        opts={"source_field": "Phòng GD&ĐT Hoài Nhơn", "source_link": "http://pgdhoainhon.edu.vn", "tags": [("pho-cap-giao-duc", "phổ cập giáo dục")]},
    ),
    Story(
        id=247,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-24T15:20:00+07:00",
        summary="Sau hai tuần diễn ra sôi nổi, Hội thi giáo viên dạy giỏi cấp trường đã bế mạc với 14 giáo viên được công nhận đạt danh hiệu.",
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2026_11/gvdg-cap-truong.jpg", "Ban giám khảo dự giờ tiết dạy môn Toán", "Ban giám khảo dự giờ tiết dạy môn Toán", "home1"),
            P("Hội thi có 18 giáo viên tham gia, mỗi giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện hai tiết dạy."),
            P("Kết quả cụ thể các tổ chuyên môn:"),
            P("Tổ chuyên môn | Số dự thi | Đạt danh hiệu", "tr"),
            P("Tổ Toán - Tin | 5 | 4", "tr"),
            P("Tổ Khoa học tự nhiên | 4 | 3", "tr"),
            P("Tổ Xã hội | 6 | 5", "tr"),
            P("Tổ Ngoại ngữ - Nghệ thuật | 3 | 2", "tr"),
            P("Nhà trường sẽ chọn 6 giáo viên có kết quả cao nhất tham dự Hội thi cấp huyện vào tháng 01/2027."),
        ],
        authors=["Lê Thị Thu Hà"],
        opts={"author_field": "Lê Thị Thu Hà - TTCM Tổ Xã hội", "tags": [("giao-vien-day-gioi", "giáo viên dạy giỏi")]},
    ),
    Story(
        id=245,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T08:15:00+07:00",
        summary="Sáng 20/11/2026, Trường THCS Nguyễn Du long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026).",
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2026_11/le-20-11.jpg", "Quang cảnh buổi lễ", "Quang cảnh buổi lễ", "home1"),
            P("Đến dự buổi lễ có đại diện lãnh đạo Phòng GD&ĐT, Đảng ủy, UBND xã Hoài Tân, Ban đại diện cha mẹ học sinh cùng các thế hệ thầy cô giáo nghỉ hưu."),
            P("Phát biểu tại buổi lễ, thầy Phan Minh Đức ôn lại truyền thống của ngày 20/11 và điểm lại những thành tích nổi bật của tập thể sư phạm nhà trường."),
            Img("/uploads/news/2026_11/le-20-11-khen-thuong.jpg", "Khen thưởng giáo viên có thành tích xuất sắc", "Khen thưởng giáo viên có thành tích xuất sắc", "fig"),
            P("Nhân dịp này, nhà trường khen thưởng 9 giáo viên có thành tích xuất sắc trong phong trào thi đua “Dạy tốt - Học tốt”."),
            P("Buổi lễ khép lại với chương trình văn nghệ đặc sắc do học sinh các chi đội biểu diễn."),
        ],
        authors=["Trần Thị Mai"],
        photographers=["Trần Thị Mai"],
        opts={"author_field": "Tin, ảnh: Trần Thị Mai", "tags": [("ngay-nha-giao-viet-nam", "ngày nhà giáo Việt Nam")]},
    ),
    Story(
        id=243,
        slug="chuyen-de-doi-moi-phuong-phap-day-hoc-mon-ngu-van-8",
        title="Chuyên đề đổi mới phương pháp dạy học môn Ngữ văn 8",
        cat="to-xa-hoi",
        published_at="2026-11-14T10:10:00+07:00",
        summary="Tổ Xã hội tổ chức chuyên đề “Dạy học đọc hiểu văn bản thơ theo hướng phát triển năng lực” tại lớp 8A4.",
        sapo_outside=True,
        blocks=[
            P("Chuyên đề gồm hai phần: phần lí thuyết do cô Lê Thị Thu Hà trình bày và tiết dạy minh họa bài thơ “Quê hương” của Tế Hanh."),
            P("Những điểm mới của chuyên đề", "h"),
            P("Học sinh được giao nhiệm vụ đọc trước ở nhà, sơ đồ hóa bố cục bài thơ bằng phiếu học tập.", "li"),
            P("Trên lớp, giáo viên tổ chức thảo luận theo kĩ thuật “khăn trải bàn”.", "li"),
            P("Phần vận dụng yêu cầu học sinh viết đoạn văn cảm nhận về quê hương mình.", "li"),
            P("“Dạy đọc hiểu là dạy cách đọc, không phải đọc hộ học sinh.”", "q"),
            P("Các thành viên trong tổ thống nhất áp dụng quy trình này cho các bài thơ hiện đại trong học kỳ I."),
        ],
        authors=["Lê Thị Thu Hà"],
        opts={"author_field": "Lê Thị Thu Hà", "tags": [("ngu-van", "ngữ văn")]},
    ),
    Story(
        id=241,
        slug="hoc-sinh-dat-giai-hoi-thi-khoa-hoc-ky-thuat-cap-huyen",
        title="Học sinh đạt giải Hội thi Khoa học kỹ thuật cấp huyện",
        cat="to-khoa-hoc-tu-nhien",
        published_at="2026-11-11T10:30:00+07:00",
        summary="Dự án “Máy tưới cây tự động dùng cảm biến độ ẩm” của hai em Nguyễn Hoàng Long và Đặng Thị Yến (lớp 9A1) đạt giải Nhì cấp huyện.",
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2026_11/khkt-cap-huyen.jpg", "Hai em Long và Yến bên sản phẩm dự thi", "Hai em Long và Yến bên sản phẩm dự thi", "home1"),
            P("Hội thi Khoa học kỹ thuật dành cho học sinh trung học cấp huyện năm học 2026 - 2027 thu hút 42 dự án của 16 trường THCS."),
            P("Dự án của trường được giáo viên Nguyễn Thành Nhân hướng dẫn, sử dụng bo mạch Arduino và cảm biến độ ẩm đất giá rẻ."),
            P("Đây là năm thứ ba liên tiếp nhà trường có dự án đạt giải tại Hội thi."),
        ],
        authors=["Nguyễn Thành Nhân"],
        opts={"author_field": "Nguyễn Thành Nhân", "edited": "2026-11-12 09:03"},
    ),
    Story(
        id=239,
        slug="hoc-sinh-huong-ung-ngay-hoi-song-xanh",
        title="Học sinh hưởng ứng Ngày hội “Sống xanh – Hành động vì môi trường”",
        cat="tin-tuc-su-kien",
        published_at="2026-11-07T16:45:00+07:00",
        summary="Hơn 600 học sinh nhà trường đã tham gia Ngày hội “Sống xanh” với các hoạt động trồng cây, đổi rác lấy cây và thi vẽ tranh.",
        sapo_outside=True,
        blocks=[
            P("Ngày hội do Liên đội phối hợp với Hội Liên hiệp Phụ nữ xã Hoài Tân tổ chức vào chiều ngày 06/11."),
            Img("/uploads/news/2026_11/song-xanh-trong-cay.jpg", "Ảnh: Phạm Quốc Việt", None, "em"),
            P("Học sinh trồng 50 cây xanh quanh khu vực sân thể dục, mỗi chi đội nhận chăm sóc một cây."),
            P("Gian hàng “Đổi rác lấy cây” đã thu được gần 200 kg rác thải nhựa, đổi được 150 chậu cây nhỏ."),
        ],
        authors=["Phạm Quốc Việt"],
        photographers=["Phạm Quốc Việt"],
        opts={"author_field": "Phạm Quốc Việt", "thumb": "/assets/news/2026_11/song-xanh-thumb.jpg"},
    ),
    Story(
        id=238,
        slug="dai-hoi-lien-doi-nhiem-ky-2026-2027",
        title="Đại hội Liên đội nhiệm kỳ 2026 - 2027",
        cat="doan-doi",
        published_at="2026-10-02T14:00:00+07:00",
        blocks=[
            P("Chiều ngày 01/10/2026, Liên đội THCS Nguyễn Du tổ chức Đại hội Liên đội nhiệm kỳ 2026 - 2027."),
            Img("/uploads/news/2026_10/dai-hoi-lien-doi.jpg", "Ban chỉ huy Liên đội nhiệm kỳ mới ra mắt", "Ban chỉ huy Liên đội nhiệm kỳ mới ra mắt", "em"),
            P("Đại hội đã bầu Ban chỉ huy Liên đội gồm 15 em, em Huỳnh Gia Bảo (lớp 9A2) được bầu làm Liên đội trưởng."),
            P("Đại hội thông qua chương trình hành động với chủ đề “Đội viên tích cực, rèn luyện chăm ngoan”."),
        ],
        authors=["Ngô Thị Kim Oanh"],
        opts={"author_field": "Ngô Thị Kim Oanh - TPT Đội"},
    ),
    Story(
        id=236,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-28T07:45:00+07:00",
        summary="Ngày 27/10, Trường THCS Nguyễn Du đăng cai buổi sinh hoạt chuyên môn cụm môn Toán với các trường THCS Hoài Tân, Hoài Xuân.",
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2026_10/sh-cum-toan.jpg", "Giáo viên cụm trường dự giờ tại lớp 6A3", "Giáo viên cụm trường dự giờ tại lớp 6A3", "home2"),
            P("Bài học minh họa “Hình có trục đối xứng” được thiết kế chung bởi nhóm giáo viên ba trường.", "div"),
            P("Giáo viên dự giờ tập trung quan sát hoạt động học của học sinh thay vì nhận xét tiết dạy của giáo viên.", "div"),
            P("Buổi sinh hoạt giúp giáo viên chia sẻ kinh nghiệm và thống nhất cách tổ chức dạy học phát triển phẩm chất, năng lực người học.", "div"),
            Raw('<p style="text-align: right;"><strong>Đinh Văn Tài – Tổ Toán</strong></p>'),
        ],
        authors=["Đinh Văn Tài"],
        opts={},
    ),
    Story(
        id=232,
        slug="tuyen-truyen-an-toan-giao-thong-dau-nam-hoc",
        title="Tuyên truyền an toàn giao thông đầu năm học",
        cat="tin-tuc-su-kien",
        published_at="2026-10-09T07:30:00+07:00",
        summary="Sáng thứ Hai 05/10, nhà trường phối hợp với Công an huyện Hoài Nhơn tổ chức buổi tuyên truyền pháp luật về an toàn giao thông.",
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2026_10/atgt-dau-nam.jpg", "Cán bộ Công an huyện tuyên truyền cho học sinh", "Cán bộ Công an huyện tuyên truyền cho học sinh", "home1"),
            P("Buổi tuyên truyền tập trung vào các lỗi vi phạm thường gặp ở học sinh như đi xe đạp dàn hàng ngang, không đội mũ bảo hiểm khi ngồi sau xe máy."),
            P("Học sinh ký cam kết chấp hành Luật Giao thông đường bộ và không điều khiển xe máy khi chưa đủ tuổi."),
        ],
        source="Báo Bình Định",
        opts={"source_field": "Báo Bình Định", "source_link": "https://baobinhdinh.vn"},
    ),
]

BY_ID = {s.id: s for s in STORIES}

# --- helpers ---------------------------------------------------------------------------------


def _dt(story: Story) -> datetime:
    return datetime.fromisoformat(story.published_at)


def _month_dir(story: Story) -> str:
    return _dt(story).strftime("%Y_%m")


def cat_name(alias: str) -> str:
    return CATS[alias][0]


def post_path(story: Story, cat: str | None = None) -> str:
    return f"/news/{cat or story.cat}/{story.slug}-{story.id}.html"


def print_path(story: Story) -> str:
    return f"/news/print/{story.cat}/{story.slug}-{story.id}.html"


def query_path(story: Story) -> str:
    return f"/index.php?language=vi&nv=news&op={story.cat}/{story.slug}-{story.id}.html"


def list_path(cat: str, page: int = 1) -> str:
    return f"/news/{cat}/" if page == 1 else f"/news/{cat}/page-{page}"


def date_line(story: Story) -> str:
    d = _dt(story)
    return f"{_WEEKDAYS[d.weekday()]} - {d:%d/%m/%Y %H:%M}"


def broken_meta_time(value: datetime) -> str:
    """PHP's date('Y-m-dTH:i:s'): the unescaped T prints the zone abbreviation (+07)."""
    return f"{value:%Y-%m-%d}+07{value:%H:%M:%S}"


def sorted_stories(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at, reverse=True)


def cat_listing(cat: str) -> list[tuple[Story, str]]:
    """Posts listed on a category's pages, with the link the listing prints (the listing's cat)."""
    items = [s for s in STORIES if s.cat == cat or cat in s.opts.get("listcat", [])]
    return [(s, post_path(s, cat)) for s in sorted_stories(items)]


def thumb_of(story: Story) -> str | None:
    if "thumb" in story.opts:
        return story.opts["thumb"]
    homes = [b for b in story.blocks if isinstance(b, Img) and b.style.startswith("home")]
    if homes:
        return homes[0].src.replace("/uploads/", "/assets/")
    return None


TAGS: dict[str, str] = {}
for _s in STORIES:
    for _alias, _tname in _s.opts.get("tags", []):
        TAGS[_alias] = _tname

# --- chrome ----------------------------------------------------------------------------------

THEME = "/themes/thcs_nguyendu"


def _menu() -> str:
    subs = "".join(
        f'<li><a href="{list_path(a)}" title="{esc(n)}">{esc(n)}</a></li>'
        for a, (n, parent) in CATS.items()
        if parent == "hoat-dong-chuyen-mon"
    )
    items = [
        '<li class="home"><a title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang nhất</span></a></li>',
        '<li class="dropdown"><a class="dropdown-toggle" href="/about/gioi-thieu-chung.html" title="Giới thiệu">Giới thiệu <strong class="caret">&nbsp;</strong></a>'
        '<ul class="dropdown-menu"><li><a href="/about/gioi-thieu-chung.html">Giới thiệu chung</a></li>'
        '<li><a href="/about/co-cau-to-chuc.html">Cơ cấu tổ chức</a></li>'
        '<li><a href="/about/thanh-tich-nha-truong.html">Thành tích nhà trường</a></li></ul></li>',
        f'<li><a href="{list_path("tin-tuc-su-kien")}" title="Tin tức - Sự kiện">Tin tức - Sự kiện</a></li>',
        '<li class="dropdown"><a class="dropdown-toggle" href="/news/hoat-dong-chuyen-mon/" title="Hoạt động chuyên môn">Chuyên môn <strong class="caret">&nbsp;</strong></a>'
        f'<ul class="dropdown-menu">{subs}</ul></li>',
        f'<li><a href="{list_path("doan-doi")}" title="Đoàn - Đội">Đoàn - Đội</a></li>',
        f'<li><a href="{list_path("thong-bao")}" title="Thông báo">Thông báo</a></li>',
        '<li><a href="/laws/" title="Văn bản">Văn bản</a></li>',
        '<li><a href="/albums/" title="Thư viện ảnh">Thư viện ảnh</a></li>',
        '<li><a href="/contact/" title="Liên hệ">Liên hệ</a></li>',
    ]
    return (
        '<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">'
        '<div class="navbar navbar-default navbar-static-top" role="navigation"><div class="collapse navbar-collapse" id="menu-site-default">'
        f'<ul class="nav navbar-nav">{"".join(items)}</ul></div></div></div></div></div></nav>'
    )


def _left_column() -> str:
    newest = sorted_stories(STORIES)[:5]
    tmn = "".join(
        f'<li class="clearfix"><a href="{post_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a>'
        f'<span class="tmn-time"><em class="fa fa-clock-o">&nbsp;</em>{_dt(s):%d/%m/%Y %H:%M}</span></li>'
        for s in newest
    )
    hot = "".join(
        f'<li><img src="{thumb_of(BY_ID[i])}" alt="" width="60" class="img-thumbnail pull-left" />'
        f'<a href="{esc(query_path(BY_ID[i]))}">{esc(BY_ID[i].title)}</a></li>'
        for i in (247, 245, 243)
    )
    return (
        '<div class="col-sm-8 col-md-6" id="cot_trai">'
        '<div class="khoi_trai"><div class="tieude_khoi"><span>Tin mới nhất</span></div>'
        f'<div class="nd_khoi"><ul class="tinmoi list-none">{tmn}</ul></div></div>'
        '<div class="khoi_trai"><div class="tieude_khoi"><span>Tin xem nhiều</span></div>'
        f'<div class="nd_khoi"><ul class="xemnhieu list-none">{hot}</ul></div></div>'
        '<div class="khoi_trai"><div class="tieude_khoi"><span>Thông báo</span></div>'
        '<div class="nd_khoi"><div class="alert alert-warning">Lịch nghỉ Tết Dương lịch 2027: học sinh nghỉ ngày 01/01/2027 (thứ Sáu).</div></div></div>'
        '<div class="khoi_trai"><div class="tieude_khoi"><span>Liên kết website</span></div>'
        '<div class="nd_khoi"><select class="form-control" onchange="window.open(this.value)">'
        '<option value="">-- Liên kết --</option><option value="https://moet.gov.vn">Bộ GD&amp;ĐT</option>'
        '<option value="https://binhdinh.edu.vn">Sở GD&amp;ĐT Bình Định</option></select></div></div>'
        "</div>"
    )


def _right_column() -> str:
    return (
        '<div class="col-sm-8 col-md-6" id="cot_phai">'
        '<div class="khoi_phai"><div class="tieude_khoi"><span>Thăm dò ý kiến</span></div><div class="nd_khoi">'
        '<form action="javascript:;" onsubmit="return nv_sendvoting(this, 2, 1);"><p><strong>Bạn biết đến website của trường qua đâu?</strong></p>'
        '<div class="radio"><label><input type="radio" name="option" value="4" /> Giáo viên chủ nhiệm</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="5" /> Zalo nhóm lớp</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="6" /> Tìm kiếm Google</label></div>'
        '<input class="btn btn-success btn-sm" type="submit" value="Bình chọn" /> '
        '<input class="btn btn-primary btn-sm" type="button" value="Kết quả" onclick="nv_sendvoting(this.form, 2, 0);" /></form></div></div>'
        '<div class="khoi_phai"><div class="tieude_khoi"><span>Thống kê truy cập</span></div><div class="nd_khoi">'
        '<ul class="counter list-none display-table"><li><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang online<span>27</span></li>'
        '<li><em class="fa fa-filter fa-lg fa-horizon"></em>Hôm nay<span>412</span></li>'
        '<li><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại<span>2.318</span></li>'
        '<li><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập<span>1.204.577</span></li></ul></div></div>'
        "</div>"
    )


def _breadcrumbs(crumbs: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<li id="brcr_{i}" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
        f'<a href="{href}" itemprop="item" title="{esc(name)}"><span itemprop="name">{esc(name)}</span></a>'
        f'<i class="hidden" itemprop="position" content="{i + 1}"></i></li>'
        for i, (name, href) in enumerate([("Trang nhất", "/"), *crumbs])
    )
    return (
        '<div class="breadcrumbs-wrap"><div class="display"><a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);">'
        '<em class="fa fa-lg fa-angle-right"></em></a><ul class="breadcrumbs list-none"></ul></div>'
        '<ul class="subs-breadcrumbs"></ul>'
        f'<ul class="temp-breadcrumbs hidden" itemscope itemtype="http://schema.org/BreadcrumbList">{items}</ul></div>'
    )


def page(
    request: Request,
    title: str,
    content: str,
    *,
    crumbs: list[tuple[str, str]] | None = None,
    head: str = "",
) -> Response:
    markup = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="generator" content="NukeViet v4.1">
<meta name="author" content="{SITE}">
{head}
<link rel="shortcut icon" href="/favicon.ico">
<link rel="alternate" href="/news/rss/" title="Tin tức" type="application/rss+xml">
<link rel="stylesheet" href="/assets/css/font-awesome.min.css">
<link rel="stylesheet" href="{THEME}/css/bootstrap.non-responsive.css">
<link rel="stylesheet" href="{THEME}/css/style.css">
<script src="/assets/js/jquery/jquery.min.js"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news";</script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/default/js/news.js"></script>
<script src="{THEME}/js/main.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="{SITE}" href="/"><img src="/uploads/logo-thcs-nguyendu.png" width="110" height="110" alt="{SITE}"></a>
<div class="tentruong"><h1>TRƯỜNG THCS NGUYỄN DU</h1><h2>Huyện Hoài Nhơn - Tỉnh Bình Định</h2></div></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="ngaythang"><em class="fa fa-calendar">&nbsp;</em>{TODAY_LINE}</div>
<form action="/seek/" method="get" class="headerSearch"><input type="hidden" name="m" value="news"><input type="text" name="q" maxlength="60" placeholder="Tìm kiếm..."><button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></form></div>
</div></div></header>
{_menu()}
<section><div class="container" id="body">
<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix">
<div class="col-xs-24 col-sm-18 col-md-18">{_breadcrumbs(crumbs) if crumbs is not None else ""}</div>
<div class="headerSearch col-xs-24 col-sm-6 col-md-6"><marquee scrollamount="3">Chào mừng quý vị đến với website Trường THCS Nguyễn Du - Hoài Nhơn - Bình Định</marquee></div>
</div></div></div></nav>
<div class="row">
{_left_column()}
<div class="col-sm-16 col-md-12" id="cot_giua">
{content}
</div>
{_right_column()}
</div>
</div></section>
<footer id="footer"><div class="wraper"><div class="container"><div class="row">
<div class="col-xs-24 col-sm-24 col-md-12"><div class="page-footer"><p class="footer-title"><strong>TRƯỜNG THCS NGUYỄN DU</strong></p>
<ul class="company_info list-none"><li><em class="fa fa-map-marker"></em> Địa chỉ: Thôn Tân Thành, xã Hoài Tân, huyện Hoài Nhơn, tỉnh Bình Định</li>
<li><em class="fa fa-phone"></em> Điện thoại: 0256 3861 234</li>
<li><em class="fa fa-envelope"></em> Email: <a href="mailto:thcsnguyendu.hoainhon@binhdinh.edu.vn">thcsnguyendu.hoainhon@binhdinh.edu.vn</a></li></ul></div></div>
<div class="col-xs-24 col-sm-24 col-md-12"><div class="copyright">&copy; Bản quyền thuộc về {SITE}. Thiết kế bởi <a href="http://webtruongviet.vn" rel="nofollow">Web Trường Việt</a>.<br>Chịu trách nhiệm: Hiệu trưởng Phan Minh Đức</div>
<div class="bttop"><a class="pointer"><em class="fa fa-eject fa-lg"></em></a></div></div>
</div></div></div></footer>
</div></div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>.</div>
<script src="{THEME}/js/bootstrap.min.js"></script>
</body>
</html>"""
    return html(markup, headers={"X-Powered-By": "PHP/5.6.40"})


# --- the article page ------------------------------------------------------------------------


def _img_tag(img: Img, width: int = 600) -> str:
    return f'<img alt="{esc(img.printed or "")}" height="{width * 2 // 3}" src="{img.src}" width="{width}" />'


def _render_p(block: P) -> str:
    t = text(block.text)
    if block.style == "div":
        return (
            f'<div style="text-align: justify;"><span style="font-size:14px;"><span style="font-family:times new roman,times,serif;">{t}</span></span></div>\n'
            "<div>&nbsp;</div>"
        )
    if block.style == "h":
        return f'<h3 style="text-align: justify;"><strong>{t}</strong></h3>'
    if block.style == "q":
        return f"<blockquote><p><em>{t}</em></p></blockquote>"
    return f'<p style="text-align: justify;">{t}</p>'


def _render_group(style: str, group: list[P]) -> str:
    if style == "br":
        return '<p style="text-align: justify;">' + "<br />\n".join(text(p.text) for p in group) + "</p>"
    if style == "li":
        return "<ul>" + "".join(f"<li>{text(p.text)}</li>" for p in group) + "</ul>"
    rows = []
    for n, p in enumerate(group):
        cells = p.text.split(" | ")
        if n == 0:
            rows.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{text(c)}</strong></td>' for c in cells) + "</tr>")
        else:
            rows.append("<tr>" + "".join(f"<td>{text(c)}</td>" for c in cells) + "</tr>")
    return (
        '<table border="1" cellpadding="1" cellspacing="1" style="width:100%;"><tbody>'
        + "".join(rows)
        + "</tbody></table>"
    )


def _render_img(img: Img) -> str:
    if img.style == "fig":
        return (
            '<div style="text-align:center"><figure class="image" style="display:inline-block">'
            f"{_img_tag(img)}<figcaption>{esc(img.printed or '')}</figcaption></figure></div>"
        )
    if img.style == "em":
        return (
            f'<p style="text-align: center;">{_img_tag(img)}</p>\n'
            f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
        )
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tplCaption" style="width: 100%;"><tbody>'
            f'<tr><td>{_img_tag(img, 500)}</td></tr>'
            f'<tr><td class="pCaption"><p class="Image">{esc(img.printed or "")}</p></td></tr>'
            "</tbody></table>"
        )
    return f'<p style="text-align: center;">{_img_tag(img)}</p>'


def body_html(story: Story) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style.startswith("home"))]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("br", "li", "tr"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            out.append(_render_group(b.style, group))
            continue
        if isinstance(b, P):
            out.append(_render_p(b))
        elif isinstance(b, Img):
            out.append(_render_img(b))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _home_img(story: Story) -> tuple[str, str]:
    """(before hometext, after hometext) markup of the home image, by imgposition."""
    homes = [b for b in story.blocks if isinstance(b, Img) and b.style.startswith("home")]
    if not homes:
        return "", ""
    img = homes[0]
    if img.style == "home1":
        return (
            '<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');">'
            '<div id="imgpreview" style="width:200px;">'
            f'<p class="text-center"><img alt="{esc(img.printed or "")}" src="{img.src}" width="200" class="img-thumbnail"/></p>'
            f"<figcaption>{esc(img.printed or '')}</figcaption></div></figure>",
            "",
        )
    return "", (
        '<figure class="article center">'
        f'<img alt="{esc(img.printed or "")}" src="{img.src}" width="560" class="img-thumbnail"/>'
        f"<figcaption>{esc(img.printed or '')}</figcaption></figure>"
    )


def _bylines(story: Story) -> str:
    lines = []
    if story.opts.get("author_field"):
        lines.append(f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(story.opts["author_field"])}</p>')
    if story.opts.get("source_field"):
        src = esc(story.opts["source_field"])
        if story.opts.get("source_link"):
            src = f'<a title="{src}" rel="nofollow" href="{story.opts["source_link"]}">{src}</a>'
        lines.append(f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{src}</p>')
    return f'<div class="margin-bottom-lg">{"".join(lines)}</div>' if lines else ""


def _crumbs_for(cat: str) -> list[tuple[str, str]]:
    chain = []
    alias: str | None = cat
    while alias:
        chain.insert(0, (cat_name(alias), list_path(alias)))
        alias = CATS[alias][1]
    return [("Tin tức", "/news/"), *chain]


def detail(request: Request, story: Story, *, canonical: bool = True) -> Response:
    before, after = _home_img(story)
    hometext = f'<div class="hometext m-bottom">{esc(story.summary)}</div>' if story.summary else ""
    tools = (
        '<ul class="list-inline text-right">'
        f'<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" '
        f"onclick=\"nv_open_browse('/news/sendmail/{story.cat}/{story.slug}-{story.id}.html','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false\">"
        '<em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
        f'<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" '
        f"onclick=\"nv_open_browse('{print_path(story)}','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false\">"
        '<em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul>'
    )
    files = ""
    if story.opts.get("files"):
        lis = "".join(
            f'<li class="list-group-item"><em class="fa fa-file-pdf-o">&nbsp;</em>{esc(name)} '
            f'<a href="{href}" class="btn btn-primary btn-xs pull-right"><em class="fa fa-download"></em> Tải về</a></li>'
            for name, href in story.opts["files"]
        )
        files = (
            '<div class="news_column panel panel-default"><div class="panel-heading"><em class="fa fa-download"></em> '
            f'<strong>Tải file đính kèm</strong></div><ul class="list-group">{lis}</ul></div>'
        )
    tags = ""
    if story.opts.get("tags"):
        links = ", ".join(
            f'<a title="{esc(n)}" href="/news/tag/{a}"><em>{esc(n)}</em></a>' for a, n in story.opts["tags"]
        )
        tags = f'<div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}</div>'
    newer = [s for s, _ in cat_listing(story.cat) if s.published_at > story.published_at][-3:]
    others = ""
    if newer:
        lis = "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{post_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a>'
            f' <em>({_dt(s):%d/%m/%Y})</em></li>'
            for s in newer
        )
        others = (
            '<div class="news_column panel panel-default"><div class="panel-body other-news">'
            f'<p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix"><ul class="related list-none">{lis}</ul></div></div></div>'
        )
    edited = story.opts.get("edited")
    modified = datetime.strptime(edited, "%Y-%m-%d %H:%M") if edited else _dt(story)
    host = base_url(request)
    head = (
        f'<meta name="description" content="{esc(story.summary or story.title)}">\n'
        f'<meta name="keywords" content="{esc(", ".join(n for _, n in story.opts.get("tags", [])))}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:url" content="{host}{post_path(story)}">\n'
        f'<meta property="article:published_time" content="{broken_meta_time(_dt(story))}">\n'
        f'<meta property="article:modified_time" content="{broken_meta_time(modified)}">\n'
        f'<meta property="article:section" content="{esc(cat_name(story.cat))}">'
    )
    if canonical:
        head += f'\n<link rel="canonical" href="{host}{post_path(story)}">'
    content = f"""<div class="news_column panel panel-default">
<div class="panel-body">
<h1 class="title margin-bottom-lg">{esc(story.title)}</h1>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5">{date_line(story)}</span></div>
<div class="col-md-12">{tools}</div>
</div>
<div class="text-muted small margin-bottom"><em class="fa fa-user">&nbsp;</em>Người đăng: nguyendu_admin &nbsp; <em class="fa fa-eye">&nbsp;</em>Đã xem: {story.views()}</div>
<div class="clearfix">
{before}
{hometext}
{after}
</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body_html(story)}
</div>
{_bylines(story)}
<div class="alert alert-info margin-bottom-lg">Bản quyền thuộc về {SITE}. Ghi rõ nguồn “thcsnguyendu-hoainhon.edu.vn” khi phát hành lại thông tin từ website này.</div>
</div>
</div>
{files}
<div class="news_column panel panel-default"><div class="panel-body">{tags}
<form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: {story.id % 7 * 5} trong {story.id % 7} đánh giá</p>
<div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém" /><input class="hover-star" type="radio" value="2" title="Bài viết kém" /><input class="hover-star" type="radio" value="3" title="Bài viết đạt" /><input class="hover-star" type="radio" value="4" title="Bài viết tốt" /><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt" /><span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div></div></form>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body">
<div class="fb-like" data-href="{host}{post_path(story)}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div>
<a href="https://sp.zalo.me/share_inline?d={story.id}" rel="nofollow" class="zalo-share-button">Chia sẻ Zalo</a>
</div></div>
{others}"""
    return page(
        request,
        f"{story.title} - {cat_name(story.cat)} - {SITE}",
        content,
        crumbs=_crumbs_for(story.cat),
        head=head,
    )


def print_view(request: Request, story: Story) -> Response:
    before, after = _home_img(story)
    host = base_url(request)
    url = host + post_path(story)
    hometext = f'<div id="hometext">{esc(story.summary)}</div>' if story.summary else ""
    markup = f"""<!DOCTYPE html>
<html lang="vi"><head><title>{esc(story.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="/themes/default/css/news.css"></head>
<body><div id="print">
<div id="hd_print"><h2 class="pull-left">{SITE}</h2><p class="pull-right"><a title="{SITE}" href="{host}/">{host}</a></p></div>
<div class="clear"></div><hr />
<div id="content">
<h1>{esc(story.title)}</h1>
<ul class="list-inline"><li>{date_line(story)}</li>
<li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li>
<li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li></ul>
<div class="clear"></div>
{before}{hometext}{after}
<div class="bodytext">{body_html(story)}</div>
{_bylines(story)}
</div>
<div id="footer" class="clearfix"><div id="url"><strong>URL của bản tin này: </strong><a href="{url}" title="{esc(story.title)}">{url}</a></div>
<div class="clear"></div><div class="copyright">&copy; {SITE}</div>
<div id="contact"><a href="mailto:thcsnguyendu.hoainhon@binhdinh.edu.vn">thcsnguyendu.hoainhon@binhdinh.edu.vn</a></div></div>
</div></body></html>"""
    return html(markup)


# --- listings --------------------------------------------------------------------------------


def _item_new(story: Story, link: str) -> str:
    thumb = thumb_of(story)
    img = (
        f'<a href="{link}" title="{esc(story.title)}"><img alt="{esc(story.title)}" src="{thumb}" width="100" class="img-thumbnail pull-left imghome" /></a>'
        if thumb
        else ""
    )
    return f"""<div class="news_column panel panel-default"><div class="panel-body">
{img}<h3><a href="{link}" title="{esc(story.title)}">{esc(story.title)}</a></h3>
<div class="text-muted"><ul class="list-unstyled list-inline">
<li><em class="fa fa-clock-o">&nbsp;</em> {_dt(story):%d/%m/%Y %H:%M:%S}</li>
<li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {story.views()}</li></ul></div>
{esc(story.summary or "")}
</div></div>"""


def _pager(cat: str, current: int, total: int) -> str:
    if total <= 1:
        return ""
    lis = []
    if current > 1:
        lis.append(f'<li><a href="{list_path(cat, current - 1)}">&laquo;</a></li>')
    for n in range(1, total + 1):
        if n == current:
            lis.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            lis.append(f'<li><a href="{list_path(cat, n)}">{n}</a></li>')
    if current < total:
        lis.append(f'<li><a href="{list_path(cat, current + 1)}">&raquo;</a></li>')
    return f'<div class="text-center"><ul class="pagination">{"".join(lis)}</ul></div>'


def category(request: Request, cat: str, number: int) -> Response | None:
    items = cat_listing(cat)
    total = max(1, -(-len(items) // PER_PAGE))
    if number < 1 or number > total:
        return None
    chunk = items[(number - 1) * PER_PAGE : number * PER_PAGE]
    subs = [a for a, (_, parent) in CATS.items() if parent == cat]
    sub_links = ""
    if subs:
        sub_links = '<ul class="list-inline sub-list-icon">' + "".join(
            f'<li><a href="{list_path(a)}">{esc(cat_name(a))}</a></li>' for a in subs
        ) + "</ul>"
    content = (
        f'<div class="page-header"><h1 class="h3">{esc(cat_name(cat))}</h1>{sub_links}</div>'
        + "".join(_item_new(s, link) for s, link in chunk)
        + _pager(cat, number, total)
    )
    title = cat_name(cat) + (f" - Trang {number}" if number > 1 else "") + f" - {SITE}"
    return page(request, title, content, crumbs=_crumbs_for(cat))


def two_column(request: Request) -> Response:
    blocks = []
    for cat in MAIN_CATS:
        items = cat_listing(cat)[:HOME_PER_CAT]
        if not items:
            continue
        first, first_link = items[0]
        thumb = thumb_of(first)
        img = (
            f'<a href="{first_link}" title="{esc(first.title)}"><img src="{thumb}" alt="{esc(first.title)}" width="100" class="img-thumbnail pull-left imghome" /></a>'
            if thumb
            else ""
        )
        rest = "".join(
            f'<li class="icon_list"><a class="show" href="{link}" title="{esc(s.title)}">{esc(s.title)}</a></li>'
            for s, link in items[1:]
        )
        blocks.append(
            f"""<div class="col-md-12"><div class="panel panel-default"><div class="panel-heading">
<h4 class="panel-title"><a title="{esc(cat_name(cat))}" href="{list_path(cat)}"><span>{esc(cat_name(cat))}</span></a></h4></div>
<div class="panel-body">{img}<h3><a href="{first_link}" title="{esc(first.title)}">{esc(first.title)}</a></h3>
<p class="text-muted small">{_dt(first):%d/%m/%Y}</p>
<p>{esc((first.summary or "")[:120])}{"..." if first.summary and len(first.summary) > 120 else ""}</p>
<ul class="related list-none">{rest}</ul></div></div></div>"""
        )
    rows = []
    for i in range(0, len(blocks), 2):
        rows.append('<div class="row">' + "".join(blocks[i : i + 2]) + "</div>")
    content = '<div class="news_two_column">' + "".join(rows) + "</div>"
    head = f'<meta name="description" content="Website {SITE} - Hoài Nhơn - Bình Định">'
    return page(request, f"Tin tức - {SITE}", content, crumbs=None, head=head)


def tag_page(request: Request, alias: str) -> Response | None:
    if alias not in TAGS:
        return None
    items = [s for s in sorted_stories(STORIES) if alias in [a for a, _ in s.opts.get("tags", [])]]
    content = (
        f'<div class="page-header"><h1 class="h3">Từ khóa: {esc(TAGS[alias])}</h1></div>'
        + "".join(_item_new(s, post_path(s)) for s in items)
    )
    return page(request, f"{TAGS[alias]} - Tin tức - {SITE}", content, crumbs=[("Tin tức", "/news/"), (TAGS[alias], f"/news/tag/{alias}")])


def rss(request: Request) -> Response:
    host = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{host}{post_path(s)}</link><guid isPermaLink=\"false\">news_{s.id}</guid>"
        f"<description>{esc(s.summary or '')}</description><pubDate>{_dt(s):%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
        for s in sorted_stories(STORIES)[:8]
    )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Tin tức - {SITE}</title><link>{host}/news/</link><description>Tin tức</description>"
        f"<language>vi</language>{items}</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- other modules (not articles) -------------------------------------------------------------

ABOUT = {
    "gioi-thieu-chung": (
        "Giới thiệu chung",
        [
            "Trường THCS Nguyễn Du được thành lập năm 1978, đóng trên địa bàn xã Hoài Tân, huyện Hoài Nhơn, tỉnh Bình Định.",
            "Năm học 2026 - 2027, nhà trường có 28 lớp với 1.046 học sinh; 62 cán bộ, giáo viên, nhân viên.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Hiệu trưởng: thầy Phan Minh Đức.",
            "Phó Hiệu trưởng: cô Trương Thị Lan, thầy Nguyễn Văn Hòa.",
            "Các tổ chuyên môn: Tổ Toán - Tin, Tổ Khoa học tự nhiên, Tổ Xã hội, Tổ Ngoại ngữ - Nghệ thuật, Tổ Văn phòng.",
        ],
    ),
    "thanh-tich-nha-truong": (
        "Thành tích nhà trường",
        [
            "Trường đạt chuẩn quốc gia mức độ 2 năm 2022.",
            "Nhiều năm liền được UBND tỉnh tặng Cờ thi đua “Đơn vị dẫn đầu phong trào thi đua”.",
        ],
    ),
}


def about_page(request: Request, alias: str) -> Response | None:
    if alias not in ABOUT:
        return None
    title, paras = ABOUT[alias]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    img = '<p class="text-center"><img src="/uploads/about/toan-canh-truong.jpg" alt="Toàn cảnh trường" width="560" /></p>' if alias == "thanh-tich-nha-truong" else ""
    others = "".join(
        f'<li><a href="/about/{a}.html">{esc(t)}</a></li>' for a, (t, _) in ABOUT.items() if a != alias
    )
    content = (
        f'<div class="page panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">{esc(title)}</h1>'
        f'{img}<div class="bodytext margin-bottom-lg">{body}</div>'
        f'<hr /><ul class="list-none">{others}</ul></div></div>'
    )
    return page(request, f"{title} - Giới thiệu - {SITE}", content, crumbs=[("Giới thiệu", "/about/gioi-thieu-chung.html"), (title, f"/about/{alias}.html")])


def contact_page(request: Request) -> Response:
    content = (
        '<div class="panel panel-default"><div class="panel-body"><h1 class="h3">Liên hệ</h1>'
        f"<p><strong>{SITE}</strong></p><p>Địa chỉ: Thôn Tân Thành, xã Hoài Tân, huyện Hoài Nhơn, tỉnh Bình Định</p>"
        "<p>Điện thoại: 0256 3861 234</p>"
        '<form method="post" action="/contact/"><input type="text" name="ftitle" class="form-control" placeholder="Tiêu đề" />'
        '<input type="text" name="fname" class="form-control" placeholder="Họ và tên" />'
        '<textarea name="fcon" class="form-control" placeholder="Nội dung"></textarea>'
        '<input type="submit" class="btn btn-primary" value="Gửi" /></form></div></div>'
    )
    return page(request, f"Liên hệ - {SITE}", content, crumbs=[("Liên hệ", "/contact/")])


LAW = ("quyet-dinh-thanh-lap-hoi-dong-thi-dua-khen-thuong-nam-hoc-2026-2027", 15)


def laws_list(request: Request) -> Response:
    alias, lid = LAW
    content = (
        '<div class="panel panel-default"><div class="panel-body"><h1 class="h3">Văn bản</h1>'
        '<table class="table table-striped"><thead><tr><th>Số hiệu</th><th>Trích yếu</th><th>Ban hành</th></tr></thead><tbody>'
        f'<tr><td>125/QĐ-THCSND</td><td><a href="/laws/detail/{alias}-{lid}.html">Quyết định thành lập Hội đồng Thi đua - Khen thưởng năm học 2026 - 2027</a></td><td>05/10/2026</td></tr>'
        "</tbody></table></div></div>"
    )
    return page(request, f"Văn bản - {SITE}", content, crumbs=[("Văn bản", "/laws/")])


def law_detail(request: Request) -> Response:
    content = (
        '<div class="panel panel-default"><div class="panel-body"><h1 class="h3">Quyết định thành lập Hội đồng Thi đua - Khen thưởng năm học 2026 - 2027</h1>'
        '<table class="table table-bordered"><tbody><tr><td>Số hiệu</td><td>125/QĐ-THCSND</td></tr>'
        "<tr><td>Ngày ban hành</td><td>05/10/2026</td></tr><tr><td>Người ký</td><td>Phan Minh Đức</td></tr>"
        "<tr><td>Loại văn bản</td><td>Quyết định</td></tr></tbody></table>"
        '<p><a href="/uploads/laws/125-qd-thcsnd.pdf"><em class="fa fa-download"></em> Tải về 125-QD-THCSND.pdf</a></p></div></div>'
    )
    return page(request, f"Quyết định 125/QĐ-THCSND - Văn bản - {SITE}", content, crumbs=[("Văn bản", "/laws/")])


ALBUM = ("le-khai-giang-nam-hoc-2026-2027", 3)


def albums_list(request: Request) -> Response:
    alias, aid = ALBUM
    content = (
        '<div class="panel panel-default"><div class="panel-body"><h1 class="h3">Thư viện ảnh</h1>'
        f'<div class="col-md-8"><a href="/albums/{alias}-{aid}.html"><img src="/assets/albums/khai-giang-1.jpg" alt="" class="img-thumbnail" /></a>'
        f'<p><a href="/albums/{alias}-{aid}.html">Lễ khai giảng năm học 2026 - 2027</a></p></div></div></div>'
    )
    return page(request, f"Thư viện ảnh - {SITE}", content, crumbs=[("Thư viện ảnh", "/albums/")])


def album_detail(request: Request) -> Response:
    pics = "".join(
        f'<div class="col-md-8"><a href="/uploads/albums/khai-giang-{n}.jpg"><img src="/assets/albums/khai-giang-{n}.jpg" alt="Lễ khai giảng {n}" class="img-thumbnail" /></a></div>'
        for n in range(1, 7)
    )
    content = (
        '<div class="panel panel-default"><div class="panel-body"><h1 class="h3">Lễ khai giảng năm học 2026 - 2027</h1>'
        f'<p class="text-muted">05/09/2026 - 6 ảnh</p><div class="row">{pics}</div></div></div>'
    )
    return page(request, f"Lễ khai giảng năm học 2026 - 2027 - Thư viện ảnh - {SITE}", content, crumbs=[("Thư viện ảnh", "/albums/")])


# --- routing ---------------------------------------------------------------------------------


def _find_post(rest: str) -> Story | None:
    if not rest.endswith(".html") or "-" not in rest:
        return None
    ident = rest[: -len(".html")].rsplit("-", 1)[1]
    return BY_ID.get(int(ident)) if ident.isdigit() else None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method not in ("GET", "HEAD"):
            if path == "/contact/":
                return contact_page(request)
            return None
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/index.php":
            params = request.params
            if params.get("nv") != "news" or "op" not in params:
                return None
            cat, _, rest = params["op"].partition("/")
            story = _find_post(rest)
            if story is None or cat != story.cat or rest != f"{story.slug}-{story.id}.html":
                return None
            return detail(request, story)
        if request.query:
            return None
        if path in ("/", "/news/", "/news"):
            return two_column(request)
        if path in ("/news/rss/", "/news/rss"):
            return rss(request)
        if path.startswith("/news/tag/"):
            return tag_page(request, path[len("/news/tag/") :])
        if path.startswith("/news/print/"):
            cat, _, rest = path[len("/news/print/") :].partition("/")
            story = _find_post(rest)
            if story is None or print_path(story) != path:
                return None
            return print_view(request, story)
        if path.startswith("/news/"):
            parts = path[len("/news/") :].split("/")
            cat = parts[0]
            if cat not in CATS:
                return None
            if len(parts) == 1 or (len(parts) == 2 and parts[1] == ""):
                return category(request, cat, 1)
            if len(parts) != 2:
                return None
            rest = parts[1]
            if rest.startswith("page-") and rest[5:].isdigit():
                n = int(rest[5:])
                return None if n == 1 else category(request, cat, n)
            story = _find_post(rest)
            if story is None or cat not in [story.cat, *story.opts.get("listcat", [])]:
                return None
            if path != post_path(story):
                return redirect(post_path(story), 301)
            return detail(request, story)
        if path.startswith("/about/") and path.endswith(".html"):
            return about_page(request, path[len("/about/") : -len(".html")])
        if path == "/contact/":
            return contact_page(request)
        if path == "/laws/":
            return laws_list(request)
        if path == f"/laws/detail/{LAW[0]}-{LAW[1]}.html":
            return law_detail(request)
        if path == "/albums/":
            return albums_list(request)
        if path == f"/albums/{ALBUM[0]}-{ALBUM[1]}.html":
            return album_detail(request)
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    alts = [print_path(story)]
    alts += [post_path(story, c) for c in story.opts.get("listcat", [])]
    if story.id in (247, 245, 243):
        alts.append(query_path(story))
    return alts


GOLD = [
    gold_record(s, post_path(s), cat_name(s.cat), alt_paths=_alts(s))
    for s in sorted_stories(STORIES)
]

NON_ARTICLES = [
    "/about/gioi-thieu-chung.html",
    "/about/co-cau-to-chuc.html",
    "/about/thanh-tich-nha-truong.html",
    "/contact/",
    f"/laws/detail/{LAW[0]}-{LAW[1]}.html",
    f"/albums/{ALBUM[0]}-{ALBUM[1]}.html",
]
