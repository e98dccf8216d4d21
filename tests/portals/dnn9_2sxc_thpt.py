"""DNN Platform 9.x + 2sxc "News" app (Razor templates), school skin "lvc2020", friendly URLs.

Institution: Trường THPT Chuyên Lương Văn Chánh, Phú Yên.

URL scheme (DNN advanced friendly URLs; the 2sxc app reads its own URL parameters):
- ``/`` home tab: a 2sxc slider of the five latest posts (links ``/tin-tuc/details/<id>/<slug>``),
  a legacy DNN HTML module "Thông báo mới" with hand-typed old links
  ``/tabid/56/Default.aspx?details=<id>`` and the sidebars.
- ``/tin-tuc`` the News tab: 6 posts a page; the pager's numbers are ``/tin-tuc?page=<N>``, its
  "Sau »" / "« Trước" arrows ``/tin-tuc/page/<N>`` (the same list under two addresses).
- ``/tin-tuc/category/<cat>`` a category filter of the same app, 3 a page,
  ``/tin-tuc/category/<cat>/page/<N>``.
- ``/tin-tuc/details/<slug>`` a post (the headline's link), ``/tin-tuc/details/<id>/<slug>`` the same
  post ("Xem tiếp »" buttons, the home slider), ``/tabid/56/Default.aspx?details=<id>`` the same
  post again (old links of the DNN 7 era, still answered 200 by the app).
- ``/tabid/57/Default.aspx`` an old link to the intro tab: 301 to ``/gioi-thieu``.
- ``/gioi-thieu``, ``/gioi-thieu/lich-su-truong``, ``/gioi-thieu/to-chuyen-mon``, ``/lien-he``: tabs
  with DNN HTML modules; ``/van-ban/details/<slug>`` a 2sxc document entry, ``/thu-vien-anh/details/
  <slug>`` a 2sxc photo album (both print like a post: same skin, same details route).

Page templates: DNN skin (header with today's date, mega menu, breadcrumb of *tabs* only), each
module in a container ``lvc-ctn`` whose title ``<h2><span class="TitleHead">`` is the module
title; the 2sxc details template (``tt-chitiet``) inside it: category link, ``<h3 class="tt-td">``
headline, info row (``<time>``), author card, optional sapo box, the WYSIWYG "Body" field
(``tt-nd``), the inner content-block list (2sxc "ContentBlocks": text / quote / photo / gallery
blocks), tool bar, "Tin cùng chuyên mục".

How each gold article is reached: 241–237 from the home slider and /tin-tuc page 1 (236 too),
235–230 from /tin-tuc page 2 and their category pages, 229 only from /tin-tuc page 3 and from
page 2 of "Thi học sinh giỏi" (plus "Tin cùng chuyên mục" boxes); 232 and 230 also from the old
links of the home page's "Thông báo mới" box.

Traps:
1. Wrong canonical (DNN prints the *tab's* URL): every details page carries
   ``<link rel="canonical" href="…/tin-tuc">``; only ``og:url`` names the post. Gold: 13 distinct
   articles, canonical_path = the slug form ``/tin-tuc/details/<slug>``; /tin-tuc is a listing.
2. Same post under three addresses: the slug form (headline links), the id form ``/details/<id>/
   <slug>`` ("Xem tiếp »", slider) and the old ``/tabid/56/Default.aspx?details=<id>``; all 200 with
   identical content. Gold: one record, the two others in alt_paths.
3. Container title before the headline: ``<title>`` and the container's ``<h2>`` read "Tin tức -
   Sự kiện" on every post; the headline is an ``<h3 class="tt-td">`` printed after the category
   link. Gold title: the h3.
4. Dates in the invariant culture: the Razor template prints ``ToString("MM/dd/yyyy HH:mm",
   InvariantCulture)`` ("11/05/2026 08:15" is 5 November) inside ``<time datetime="…Z">`` whose
   attribute is UTC (2sxc stores UTC); the listings print "dd/MM/yyyy". Gold: local time +07:00
   (post 240: attribute 2026-12-01T23:15:00Z, gold 2026-12-02T06:15:00+07:00); post 238 printed at
   local midnight ("11/20/2026 00:00", attribute 2026-11-19T17:00:00Z) -> the day alone
   "2026-11-20". An "Cập nhật" line (post 241) is not the date.
5. Text split between the Body field and 2sxc inner content blocks: after ``tt-nd`` the post goes
   on in ``sc-content-block-list`` blocks (a text block, a quote block, a gallery block, each in
   its own ``sc-content-block`` div with a 2sxc ``data-edit-context`` JSON). Gold body: all
   paragraphs in page order (quote text included), gallery lines are captions.
6. Collapsed remainder: post 238 shows three paragraphs and a "Đọc tiếp ▾" button; the rest is
   in ``<div class="collapse" id="tt-them-238" style="display:none">``. Gold: it is body.
7. ``<picture>`` with a webp ``<source srcset>`` before the ``<img src="…jpg?w=800&amp;mode=max">``
   (ADAM image resizer): gold image path is the img src with its query (``&amp;`` read as ``&``).
8. Captions that are not printed: a lightbox photo (post 238) carries its text only in
   ``data-caption``/``title`` (gold caption None); gallery photos print ``lvc-gal-cap`` lines
   (captions) while their ``alt`` is the camera file name; "Ảnh: X" under a photo is a credit
   (caption None, X a photographer).
9. Author card with an avatar: the 2sxc author field is rendered as a card (avatar ``<img>``, the
   name linking to ``/gioi-thieu/to-chuyen-mon``); the avatar is no article image; "ThS." is
   dropped; a card printing "Người đăng: host" (the DNN host account) is nobody.
10. The listing teaser (``tt-ds-mota``) is printed only on listings: it is no sapo of a post whose
   page prints none (summary null there); the posts that print a sapo do it in a ``tt-tomtat``
   box outside the Body field (sapo_outside) or as a bold first paragraph.
11. Look-alikes on the same details route: ``/van-ban/details/<slug>`` (a document entry) and
   ``/thu-vien-anh/details/<slug>`` (an album) print in the same skin with headline and date: not
   articles.
12. Official notice (post 236): letterhead table, "Số:", place-and-date line, kind and subject,
   "Nơi nhận" and the signer; the posted date (11/17/2026) differs from the letterhead's day.

Gold decisions on ambiguous points:
- category: the 2sxc category link printed above the headline (the same words as the menu's
  drop-down under "Tin tức"), not the DNN breadcrumb's last item "Tin tức" (a tab).
- published_at: the ``<time>`` element's moment in Asia/Ho_Chi_Minh; post 236 (notice) takes the
  letterhead's day as the house convention says.
- Unit signatures ("Tổ Thể dục - Quốc phòng" right-aligned, or a unit in the author card) are the
  author as printed; "BBT" and "host" are nobody.
- The collapsed text (trap 6) is body; the "Đọc tiếp ▾" button is not.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    opaque,
    static_file,
)

NAME = "dnn9_2sxc_thpt"
PLATFORM = "DNN Platform 9.x + 2sxc News app (Razor), school skin, friendly URLs"
START_PATH = "/"

HEADER_DATE = "Thứ Bảy, 05/12/2026"
NEWS_TAB = 56
LIST_SIZE = 6
CAT_SIZE = 3

CATS = {
    "tin-hoat-dong": "Tin hoạt động",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "doan-hoi": "Đoàn - Hội",
    "thi-hoc-sinh-gioi": "Thi học sinh giỏi",
    "thong-bao": "Thông báo",
}


def _adam(key: str, name: str) -> str:
    return f"/Portals/0/adam/News/{key}/Images/{name}"


def _pic(key: str, name: str) -> str:
    """An ADAM image as the template prints it in ``img src`` (resizer query, HTML-escaped)."""
    return _adam(key, name) + "?w=800&amp;mode=max"


# --- the thirteen posts ----------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=241,
        slug="luong-van-chanh-gianh-38-giai-hoc-sinh-gioi-cap-tinh",
        title="Lương Văn Chánh giành 38 giải học sinh giỏi cấp tỉnh năm học 2026 - 2027",
        cat="thi-hoc-sinh-gioi",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Tại kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027, học sinh Trường THPT "
            "Chuyên Lương Văn Chánh đạt 38 giải, trong đó có 9 giải Nhất, dẫn đầu toàn tỉnh."
        ),
        sapo_outside=True,
        authors=["Tổ Giáo vụ"],
        blocks=[
            P(
                "Kỳ thi diễn ra trong hai ngày 25 và 26/11/2026 với 612 thí sinh đến từ các trường "
                "THPT trong tỉnh. Nhà trường dự thi 11 môn với 44 học sinh."
            ),
            Img(
                _pic("Kq7tX2pLm0aZ", "hsg-tinh-2026.jpg"),
                "Ban Giám hiệu chúc mừng các em học sinh đạt giải Nhất",
                "Ban Giám hiệu chúc mừng các em học sinh đạt giải Nhất",
                style="pic",
            ),
            P("Kết quả cụ thể theo từng môn như sau:"),
            P("Môn | Nhất | Nhì | Ba | KK", style="th"),
            P("Toán | 2 | 1 | 1 | 0", style="td"),
            P("Ngữ văn | 1 | 2 | 1 | 0", style="td"),
            P("Tin học | 2 | 1 | 0 | 1", style="td"),
            P("Các môn khác | 4 | 9 | 8 | 5", style="td"),
            P(
                "Đây là kết quả đáng khích lệ, góp phần khẳng định chất lượng mũi nhọn của nhà trường "
                "trước kỳ thi chọn học sinh giỏi quốc gia sắp tới."
            ),
        ],
        opts={"updated": "12/04/2026 09:10", "card": ("Tổ Giáo vụ", "", None)},
    ),
    Story(
        id=240,
        slug="doi-tuyen-tin-hoc-tham-gia-ky-thi-chon-doi-tuyen-quoc-gia",
        title="Đội tuyển Tin học tham gia kỳ thi chọn đội tuyển quốc gia",
        cat="thi-hoc-sinh-gioi",
        published_at="2026-12-02T06:15:00+07:00",
        authors=["Trần Quốc Bảo"],
        photographers=["Nguyễn Thị Mỹ Linh"],
        blocks=[
            P(
                "Sáng 01/12/2026, ba học sinh lớp 12 Tin lên đường ra Hà Nội tham dự kỳ thi chọn đội "
                "tuyển quốc gia dự thi Olympic Tin học quốc tế năm 2027."
            ),
            P(
                "Trước khi lên đường, các em được thầy Hiệu trưởng động viên và trao quà. Thầy mong các "
                "em giữ vững tinh thần, bình tĩnh và tự tin trong từng bài thi."
            ),
            Img(_pic("Rb3vW9qNc5eT", "tin-hoc-len-duong.jpg"), None, None, style="pic"),
            P(
                "Em Võ Minh Khang, lớp 12 Tin, chia sẻ: “Chúng em đã ôn luyện suốt ba tháng, hy vọng sẽ "
                "mang về kết quả tốt cho trường và cho tỉnh nhà.”"
            ),
            Raw(
                '<p style="text-align:right"><strong>Tin: Trần Quốc Bảo - Ảnh: Nguyễn Thị Mỹ Linh'
                "</strong></p>"
            ),
        ],
        opts={"card": ("host", "Người đăng", None)},
    ),
    Story(
        id=239,
        slug="hoi-thao-doi-moi-phuong-phap-day-hoc-mon-vat-ly",
        title="Hội thảo chuyên đề đổi mới phương pháp dạy học môn Vật lý",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-28T08:00:00+07:00",
        authors=["Tổ Vật lý - Công nghệ"],
        blocks=[
            P(
                "Ngày 27/11/2026, Tổ Vật lý - Công nghệ tổ chức hội thảo chuyên đề “Dạy học phát triển "
                "năng lực thực nghiệm cho học sinh chuyên Lý” với sự tham dự của giáo viên các trường "
                "THPT trong tỉnh."
            ),
            P(
                "Hội thảo gồm ba tham luận và hai tiết dạy minh họa tại phòng thí nghiệm mới được đầu tư "
                "của nhà trường."
            ),
            # inner content blocks (2sxc ContentBlocks) from here
            P(
                "Thầy Phan Đình Trung chia sẻ: “Thí nghiệm tự thiết kế giúp học sinh hiểu bản chất hiện "
                "tượng thay vì học thuộc công thức.”",
                style="quote",
            ),
            Img(
                _pic("Vy8pQ1sDk4nH", "IMG_2034.jpg"),
                "Tiết dạy minh họa tại phòng thí nghiệm Vật lý",
                "Tiết dạy minh họa tại phòng thí nghiệm Vật lý",
                style="gal",
            ),
            Img(
                _pic("Vy8pQ1sDk4nH", "IMG_2041.jpg"),
                "Học sinh lớp 11 Lý trình bày sản phẩm thí nghiệm",
                "Học sinh lớp 11 Lý trình bày sản phẩm thí nghiệm",
                style="gal",
            ),
            P(
                "Kết thúc hội thảo, các đại biểu thống nhất xây dựng ngân hàng thí nghiệm dùng chung "
                "cho các trường trong cụm chuyên môn.",
                style="cbtext",
            ),
        ],
        opts={"inner_from": 2, "card": ("Tổ Vật lý - Công nghệ", "", "to-vat-ly.png")},
    ),
    Story(
        id=238,
        slug="soi-noi-hoi-thao-chao-mung-ngay-nha-giao-viet-nam",
        title="Sôi nổi Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="doan-hoi",
        published_at="2026-11-20",
        authors=["Đoàn trường"],
        blocks=[
            P(
                "Hưởng ứng phong trào thi đua chào mừng Ngày Nhà giáo Việt Nam, Đoàn trường tổ chức Hội "
                "thao dành cho đoàn viên, học sinh với các môn bóng đá, bóng chuyền và kéo co."
            ),
            P("Hội thao thu hút 24 chi đoàn với hơn 500 vận động viên tham gia."),
            Img(
                _pic("Hn2cZ7mRt8wJ", "keo-co.jpg"),
                None,
                None,
                style="lb",
            ),
            P("Các trận đấu diễn ra sôi nổi, hấp dẫn trên sân trường và nhà đa năng."),
            # collapsed from here
            P(
                "Ở nội dung bóng đá nam, chi đoàn 11 Toán giành chức vô địch sau loạt sút luân lưu "
                "căng thẳng với chi đoàn 12 Anh."
            ),
            P("Nội dung kéo co nữ thuộc về chi đoàn 10 Văn."),
            P(
                "Ban tổ chức đã trao 15 giải cho các tập thể và cá nhân có thành tích xuất sắc."
            ),
        ],
        opts={
            "collapse_from": 4,
            "lb_caption": "Nội dung kéo co giữa các chi đoàn khối 11",
            "card": ("Đoàn trường", "", "doan-truong.png"),
        },
    ),
    Story(
        id=237,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-hoat-dong",
        published_at="2026-11-19T16:45:00+07:00",
        summary=(
            "Chiều 19/11/2026, Trường THPT Chuyên Lương Văn Chánh long trọng tổ chức Lễ kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam và tổng kết đợt thi đua “Hai tốt”."
        ),
        authors=["Lê Thị Thanh Hương"],
        blocks=[
            P(
                "Chiều 19/11/2026, Trường THPT Chuyên Lương Văn Chánh long trọng tổ chức Lễ kỷ niệm 44 năm "
                "Ngày Nhà giáo Việt Nam và tổng kết đợt thi đua “Hai tốt”.",
                style="lead",
            ),
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo, Ban đại diện cha mẹ học sinh "
                "cùng đông đảo thế hệ thầy cô giáo đã nghỉ hưu."
            ),
            Img(
                _pic("Tm6bL0xFq2yU", "le-20-11-01.jpg"),
                "Các thầy cô giáo nguyên là cán bộ quản lý nhà trường về dự lễ",
                "Các thầy cô giáo nguyên là cán bộ quản lý nhà trường về dự lễ",
                style="pic",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng ôn lại truyền thống vẻ vang của ngành và ghi "
                "nhận những đóng góp của tập thể sư phạm nhà trường trong năm qua."
            ),
            Img(
                _pic("Tm6bL0xFq2yU", "le-20-11-02.jpg"),
                "Ảnh: Lê Thị Thanh Hương",
                None,
                style="pic",
            ),
            P(
                "Nhân dịp này, nhà trường khen thưởng 18 giáo viên đạt danh hiệu giáo viên dạy giỏi và "
                "32 học sinh có thành tích xuất sắc trong đợt thi đua."
            ),
        ],
        photographers=["Lê Thị Thanh Hương"],
        opts={"card": ("ThS. Lê Thị Thanh Hương", "", "huong.png")},
    ),
    Story(
        id=236,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-16",
        authors=["Nguyễn Văn Hùng"],
        blocks=[
            Raw(
                '<table class="Table" style="width:100%;border:none"><tbody><tr>'
                '<td style="text-align:center;width:40%">SỞ GD&amp;ĐT PHÚ YÊN<br>'
                "<b>TRƯỜNG THPT CHUYÊN<br>LƯƠNG VĂN CHÁNH</b><br>Số: 412/TB-LVC</td>"
                '<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>'
                "<b><u>Độc lập - Tự do - Hạnh phúc</u></b><br>"
                "<i>Tuy Hòa, ngày 16 tháng 11 năm 2026</i></td></tr></tbody></table>"
                '<p style="text-align:center"><b>THÔNG BÁO</b></p>'
                '<p style="text-align:center"><b>Về việc lịch kiểm tra cuối học kỳ I năm học 2026 - 2027'
                "</b></p>"
            ),
            P(
                "Căn cứ kế hoạch năm học 2026 - 2027 của nhà trường, Hiệu trưởng thông báo lịch kiểm "
                "tra cuối học kỳ I như sau:"
            ),
            P("Khối 12: từ ngày 21/12 đến ngày 24/12/2026.", style="li"),
            P("Khối 10 và 11: từ ngày 25/12 đến ngày 29/12/2026.", style="li"),
            P(
                "Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh; các tổ chuyên môn nộp đề về "
                "Phòng Khảo thí trước ngày 15/12/2026."
            ),
            Raw(
                '<table style="width:100%;border:none"><tbody><tr><td style="width:50%;vertical-align:top">'
                "<b><i>Nơi nhận:</i></b><br>- Các tổ chuyên môn;<br>- GVCN các lớp;<br>- Lưu: VT.</td>"
                '<td style="text-align:center;vertical-align:top"><b>KT. HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG'
                "</b><br><br><br><b>Nguyễn Văn Hùng</b></td></tr></tbody></table>"
            ),
            Raw(
                '<p class="tt-dinhkem"><img src="/Portals/_default/skins/lvc2020/img/pdf.gif" alt=""> '
                'Tệp đính kèm: <a href="/Portals/0/adam/News/Pd4kS8vBn1cX/Files/412-TB-LVC.pdf">'
                "412-TB-LVC.pdf</a></p>"
            ),
        ],
        opts={"card": ("host", "Người đăng", None)},
    ),
    Story(
        id=235,
        slug="hoc-sinh-chuyen-sinh-dat-giai-nhat-khoa-hoc-ky-thuat-cap-tinh",
        title="Học sinh chuyên Sinh đạt giải Nhất cuộc thi Khoa học kỹ thuật cấp tỉnh",
        cat="thi-hoc-sinh-gioi",
        published_at="2026-11-12T09:20:00+07:00",
        source="Báo Phú Yên",
        blocks=[
            P(
                "Dự án “Chế phẩm sinh học từ vỏ tôm xử lý nước ao nuôi” của hai em Lê Ngọc Ánh và Trần "
                "Gia Huy, lớp 11 Sinh, đoạt giải Nhất cuộc thi Khoa học kỹ thuật cấp tỉnh năm 2026."
            ),
            Img(
                _pic("Gs5hJ3kWp7rA", "khkt-sinh.jpg"),
                "(Hai em Lê Ngọc Ánh và Trần Gia Huy bên dự án đoạt giải)",
                "Hai em Lê Ngọc Ánh và Trần Gia Huy bên dự án đoạt giải",
                style="pic",
            ),
            P(
                "Theo ban giám khảo, dự án có tính ứng dụng cao, chi phí thấp và phù hợp với điều kiện "
                "nuôi trồng thủy sản của địa phương."
            ),
            P("Dự án được chọn tham dự cuộc thi cấp quốc gia vào tháng 3/2027."),
            Raw('<p style="text-align:right"><em>Nguồn: Báo Phú Yên</em></p>'),
        ],
    ),
    Story(
        id=234,
        slug="chuyen-de-day-hoc-stem-mon-hoa-hoc",
        title="Chuyên đề “Dạy học STEM môn Hóa học”",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-06T15:00:00+07:00",
        authors=["Tổ Hóa học"],
        blocks=[
            P(
                "Chiều 05/11/2026, Tổ Hóa học tổ chức sinh hoạt chuyên đề “Dạy học STEM môn Hóa học” theo "
                "Chương trình giáo dục phổ thông 2018."
            ),
            P("1. Mục tiêu chuyên đề", style="h"),
            P("Nâng cao năng lực thiết kế chủ đề STEM của giáo viên.", style="li"),
            P("Tăng cường hoạt động trải nghiệm cho học sinh.", style="li"),
            P("2. Nội dung", style="h"),
            P("Cô Đỗ Thị Kim Oanh trình bày chủ đề “Sản xuất xà phòng từ dầu ăn đã qua sử dụng”."),
            P("Học sinh lớp 10 Hóa thực hành theo nhóm và báo cáo sản phẩm.", style="br"),
            P(
                "Chuyên đề giúp giáo viên trong tổ thống nhất quy trình xây dựng bài học STEM cho học kỳ II."
            ),
        ],
        opts={"card": ("Tổ Hóa học", "", "to-hoa.png")},
    ),
    Story(
        id=233,
        slug="dai-hoi-doan-truong-nhiem-ky-2026-2027",
        title="Đại hội Đoàn trường nhiệm kỳ 2026 - 2027",
        cat="doan-hoi",
        published_at="2026-10-30T07:45:00+07:00",
        blocks=[
            P(
                "Sáng 29/10/2026, Đoàn TNCS Hồ Chí Minh Trường THPT Chuyên Lương Văn Chánh tổ chức Đại hội "
                "đại biểu nhiệm kỳ 2026 - 2027 với sự tham dự của 150 đại biểu."
            ),
            P(
                "Đại hội đã đánh giá kết quả công tác Đoàn và phong trào thanh niên nhiệm kỳ qua, đề ra "
                "phương hướng, nhiệm vụ cho nhiệm kỳ mới."
            ),
            Img(
                _pic("Dh9eM4tYc6vB", "dai-hoi-doan.jpg"),
                "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                style="pic",
            ),
            P("Đại hội bầu 15 đồng chí vào Ban Chấp hành Đoàn trường nhiệm kỳ 2026 - 2027."),
            Raw('<p style="text-align:right"><strong>BBT</strong></p>'),
        ],
        opts={"card": ("host", "Người đăng", None)},
    ),
    Story(
        id=232,
        slug="tap-huan-ky-nang-phong-chong-duoi-nuoc",
        title="Tập huấn kỹ năng phòng chống đuối nước cho học sinh",
        cat="tin-hoat-dong",
        published_at="2026-10-24T14:00:00+07:00",
        authors=["Phạm Thị Thu Hà"],
        blocks=[
            P(
                "Nhằm trang bị kỹ năng an toàn cho học sinh, nhà trường phối hợp với Hội Chữ thập đỏ tỉnh "
                "tổ chức buổi tập huấn phòng chống đuối nước cho học sinh khối 10."
            ),
            P("👉 Nội dung tập huấn gồm: nhận biết nguy cơ, cách tự cứu và sơ cứu người bị đuối nước."),
            Img(
                _pic("Dn1fR6gHs3kL", "tap-huan-duoi-nuoc.jpg"),
                "Học sinh thực hành sơ cứu người bị đuối nước",
                "Học sinh thực hành sơ cứu người bị đuối nước",
                style="pic",
            ),
            P("Buổi tập huấn đã giúp các em tự tin hơn khi tham gia các hoạt động dưới nước."),
        ],
        opts={"card": ("Phạm Thị Thu Hà", "", "thu-ha.png")},
    ),
    Story(
        id=231,
        slug="ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong",
        title="Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường",
        cat="thong-bao",
        published_at="2026-10-20T08:00:00+07:00",
        authors=["Tổ Thể dục - Quốc phòng"],
        blocks=[
            P(
                "Theo kế hoạch năm học, Hội khỏe Phù Đổng cấp trường sẽ diễn ra từ ngày 09/11 đến ngày "
                "14/11/2026 tại sân vận động nhà trường."
            ),
            P("Các môn thi đấu: điền kinh, cầu lông, bóng bàn, cờ vua và đá cầu."),
            P(
                "Các lớp đăng ký danh sách vận động viên với Tổ Thể dục - Quốc phòng trước ngày 31/10/2026."
            ),
            Raw('<p style="text-align:right"><b>Tổ Thể dục - Quốc phòng</b></p>'),
        ],
        opts={"card": ("host", "Người đăng", None)},
    ),
    Story(
        id=230,
        slug="khai-mac-tuan-le-hoc-tap-suot-doi-nam-2026",
        title="Khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-10-05T10:30:00+07:00",
        authors=["Nguyễn Hoài Thương"],
        blocks=[
            P(
                "Sáng 05/10/2026, Thư viện nhà trường tổ chức khai mạc Tuần lễ hưởng ứng học tập suốt đời "
                "với chủ đề “Văn hóa đọc trong kỷ nguyên số”."
            ),
            P(
                "Trong tuần lễ, thư viện trưng bày hơn 1.200 đầu sách, tổ chức cuộc thi giới thiệu sách "
                "và chương trình đổi sách cũ lấy sách mới."
            ),
            P(
                "Các em học sinh hào hứng tham gia góc đọc sách ngoài trời.",
                style="cbtext",
            ),
            Img(
                _pic("Ts2gP5nVx9qE", "DSC_0087.jpg"),
                "Góc đọc sách ngoài trời tại sân trường",
                "Góc đọc sách ngoài trời tại sân trường",
                style="gal",
            ),
            Img(
                _pic("Ts2gP5nVx9qE", "DSC_0112.jpg"),
                "Học sinh tham gia đổi sách cũ lấy sách mới",
                "Học sinh tham gia đổi sách cũ lấy sách mới",
                style="gal",
            ),
        ],
        opts={"inner_from": 2, "card": ("Nguyễn Hoài Thương", "", "hoai-thuong.png")},
    ),
    Story(
        id=229,
        slug="doi-tuyen-hsg-quoc-gia-mon-toan-ra-quan-on-luyen",
        title="Đội tuyển HSG quốc gia môn Toán ra quân ôn luyện",
        cat="thi-hoc-sinh-gioi",
        published_at="2026-10-02T16:00:00+07:00",
        authors=["Tổ Toán"],
        blocks=[
            P(
                "Chiều 02/10/2026, đội tuyển học sinh giỏi quốc gia môn Toán gồm 8 em chính thức ra quân "
                "ôn luyện dưới sự hướng dẫn của các thầy cô Tổ Toán."
            ),
            P(
                "Ngoài giáo viên của trường, đội tuyển còn được các giảng viên Trường Đại học Quy Nhơn hỗ "
                "trợ bồi dưỡng các chuyên đề tổ hợp và số học."
            ),
            P("Kỳ thi chọn học sinh giỏi quốc gia năm 2027 dự kiến diễn ra vào tháng 01/2027."),
            Raw(
                '<p><em>Xem thêm: <a href="/tin-tuc/details/luong-van-chanh-gianh-38-giai-hoc-sinh-gioi-cap-tinh">'
                "Lương Văn Chánh giành 38 giải học sinh giỏi cấp tỉnh</a></em></p>"
            ),
        ],
        opts={"card": ("Tổ Toán", "", "to-toan.png")},
    ),
]

LISTING_TEASERS = {
    s.id: (s.summary or next(b.text for b in s.blocks if isinstance(b, P)))[:150].rsplit(" ", 1)[0]
    + " ..."
    for s in STORIES
}

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}


def _local(story: Story) -> datetime:
    """The post's local publication moment (the data the template formats)."""
    if story.id == 236:
        return datetime(2026, 11, 17, 10, 0)
    value = story.published_at or ""
    if "T" in value:
        return datetime.fromisoformat(value[:19])
    return datetime.fromisoformat(value + "T00:00:00")


def _utc_attr(moment: datetime) -> str:
    return (moment - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")


def slug_path(story: Story) -> str:
    return f"/tin-tuc/details/{story.slug}"


def id_path(story: Story) -> str:
    return f"/tin-tuc/details/{story.id}/{story.slug}"


def tabid_path(story: Story) -> str:
    return f"/tabid/{NEWS_TAB}/Default.aspx?details={story.id}"


def _vi_day(moment: datetime) -> str:
    return moment.strftime("%d/%m/%Y")


def _inv(moment: datetime) -> str:
    """InvariantCulture "MM/dd/yyyy HH:mm", as the Razor template prints it (trap 4)."""
    return moment.strftime("%m/%d/%Y %H:%M")


# --- chrome ----------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        "/gioi-thieu",
        [("Lịch sử trường", "/gioi-thieu/lich-su-truong"), ("Tổ chuyên môn", "/gioi-thieu/to-chuyen-mon")],
    ),
    ("Tin tức", "/tin-tuc", [(name, f"/tin-tuc/category/{key}") for key, name in CATS.items()]),
    ("Văn bản", "#", [("Kế hoạch năm học 2026 - 2027", "/van-ban/details/ke-hoach-nam-hoc-2026-2027")]),
    (
        "Thư viện ảnh",
        "#",
        [("Lễ khai giảng năm học 2026 - 2027", "/thu-vien-anh/details/le-khai-giang-nam-hoc-2026-2027")],
    ),
    ("Liên hệ", "/lien-he", []),
]


def _menu(active: str) -> str:
    items = []
    for i, (label, href, subs) in enumerate(MENU):
        cls = "dropdown" if subs else ""
        if (href != "/" and active.startswith(href)) or href == active:
            cls += " active"
        sub = ""
        if subs:
            sub = '<ul class="dropdown-menu">' + "".join(
                f'<li><a href="{h}"><span>{esc(t)}</span></a></li>' for t, h in subs
            ) + "</ul>"
        link = href if href != "#" else "javascript:void(0)"
        caret = ' <b class="caret"></b>' if subs else ""
        items.append(
            f'<li class="{cls.strip()}" id="nav-{i + 1}"><a href="{link}" class="menuItem">'
            f"{esc(label)}{caret}</a>{sub}</li>"
        )
    return '<ul class="nav navbar-nav topLevel">' + "".join(items) + "</ul>"


def _breadcrumb(trail: list[tuple[str, str]]) -> str:
    parts = []
    for pos, (label, href) in enumerate([("Trang chủ", "/"), *trail], start=1):
        parts.append(
            '<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
            f'<a href="{href}" class="breadcrumbLink" itemprop="item"><span itemprop="name">{esc(label)}'
            f'</span></a><meta itemprop="position" content="{pos}" /></span>'
        )
    return (
        '<span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope '
        'itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList">'
        + ' <span class="sep">»</span> '.join(parts)
        + "</span></span>"
    )


def _most_read() -> str:
    top = sorted(STORIES, key=lambda s: -s.views())[:5]
    return "".join(
        f'<li><a href="{slug_path(s)}">{esc(s.title)}</a> <small>({s.views()})</small></li>' for s in top
    )


def _container(mid: int, title: str, inner: str, skin: str = "xanh") -> str:
    return (
        f'<div class="DnnModule DnnModule-2sxc-app DnnModule-{mid}"><a name="{mid}"></a>'
        f'<div class="lvc-ctn lvc-ctn--{skin}"><h2 class="lvc-ctn__tit"><span id="dnn_ctr{mid}_dnnTITLE_'
        f'titleLabel" class="TitleHead">{esc(title)}</span></h2>'
        f'<div id="dnn_ctr{mid}_ContentPane" class="lvc-ctn__body"><div id="dnn_ctr{mid}_ModuleContent" '
        f'class="DNNModuleContent Mod2sxcappC">{inner}</div></div></div></div>'
    )


def _sidebar() -> str:
    return (
        '<div id="dnn_RightPane" class="col-md-4 RightPane">'
        + _container(
            1101,
            "Tin đọc nhiều",
            f'<ul class="lvc-docnhieu">{_most_read()}</ul>',
            "cam",
        )
        + _container(
            1102,
            "Thăm dò ý kiến",
            '<div class="dnnForm"><p>Bạn biết đến website của trường qua đâu?</p>'
            '<span class="rdo"><input id="dnn_ctr1102_rb_0" type="radio" name="dnn$ctr1102$rb" value="1" />'
            '<label for="dnn_ctr1102_rb_0">Bạn bè giới thiệu</label></span><br />'
            '<span class="rdo"><input id="dnn_ctr1102_rb_1" type="radio" name="dnn$ctr1102$rb" value="2" />'
            '<label for="dnn_ctr1102_rb_1">Mạng xã hội</label></span><br />'
            '<a class="dnnPrimaryAction" href="javascript:__doPostBack(&#39;dnn$ctr1102$cmdVote&#39;,&#39;&#39;)">'
            "Bình chọn</a></div>",
            "cam",
        )
        + _container(
            1103,
            "Liên kết website",
            '<ul class="lvc-lienket"><li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo'
            '</a></li><li><a href="https://phuyen.edu.vn" target="_blank">Sở GD&amp;ĐT Phú Yên</a></li>'
            '<li><a href="https://www.facebook.com/thptchuyenlvc" target="_blank">Fanpage nhà trường</a></li></ul>',
            "cam",
        )
        + _container(
            1104,
            "Thống kê truy cập",
            '<table class="lvc-thongke"><tr><td>Đang online:</td><td>37</td></tr><tr><td>Hôm nay:</td>'
            "<td>1.204</td></tr><tr><td>Tổng truy cập:</td><td>2.318.455</td></tr></table>",
            "cam",
        )
        + "</div>"
    )


def _page(
    request: Request,
    *,
    tab_title: str,
    trail: list[tuple[str, str]],
    main: str,
    canonical_tab: str,
    og: dict[str, str] | None = None,
    active: str = "/",
) -> Response:
    base = base_url(request)
    metas = "".join(
        f'<meta property="{k}" content="{esc(v)}" />' for k, v in (og or {}).items()
    )
    body = f"""<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>THPT Chuyên Lương Văn Chánh &gt; {esc(tab_title)}</title>
<meta id="MetaDescription" name="DESCRIPTION" content="Cổng thông tin điện tử Trường THPT Chuyên Lương Văn Chánh - Phú Yên" />
<meta id="MetaKeywords" name="KEYWORDS" content="THPT Chuyên Lương Văn Chánh, Phú Yên, tin tức" />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=212" type="text/css" rel="stylesheet"/>
<link href="/DesktopModules/ToSIC_SexyContent/dist/inpage/inpage.min.css?cdv=212" type="text/css" rel="stylesheet"/>
<link href="/Portals/_default/skins/lvc2020/skin.css?cdv=212" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=212" type="text/javascript"></script>
<link rel="canonical" href="{base}{canonical_tab}" />
{metas}
<link rel="SHORTCUT ICON" href="/Portals/0/favicon.ico?ver=2020-08-11" type="image/x-icon" />
</head>
<body id="Body">
<form method="post" action="{esc(request.target)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{opaque(request.target, 96)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
function __doPostBack(eventTarget, eventArgument) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.submit(); }}
//]]>
</script>
<div id="siteWrapper" class="lvc-wrap">
 <div class="lvc-topbar"><div class="container"><span class="lvc-homnay"><i class="fa fa-calendar"></i> {HEADER_DATE}</span>
  <span class="lvc-hotline">Hotline: 0257 3823 458</span>
  <a id="dnn_dnnLOGIN_loginLink" class="LoginLink" rel="nofollow" href="javascript:void(0)">Đăng nhập</a></div></div>
 <div class="lvc-header"><div class="container"><a id="dnn_dnnLOGO_hypLogo" title="THPT Chuyên Lương Văn Chánh" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/Images/logo-lvc.png?ver=2020-08-11" alt="THPT Chuyên Lương Văn Chánh" /></a>
  <div class="lvc-tentruong"><span>SỞ GIÁO DỤC VÀ ĐÀO TẠO PHÚ YÊN</span><strong>TRƯỜNG THPT CHUYÊN LƯƠNG VĂN CHÁNH</strong></div></div></div>
 <nav class="navbar lvc-menu"><div class="container" id="dnnMenu">{_menu(active)}</div></nav>
 <div class="lvc-bc container"><i class="fa fa-home"></i> {_breadcrumb(trail)}</div>
 <div class="container"><div class="row">
  <div id="dnn_ContentPane" class="col-md-8 contentPane">{main}</div>
  {_sidebar()}
 </div></div>
 <footer class="lvc-footer"><div class="container">
  <div id="dnn_FooterPane" class="footerPane"><div class="DnnModule DnnModule-DNN_HTML DnnModule-1090"><a name="1090"></a>
  <div id="dnn_ctr1090_ContentPane"><div id="dnn_ctr1090_ModuleContent" class="DNNModuleContent ModDNNHTMLC"><div id="dnn_ctr1090_HtmlModule_lblContent" class="Normal">
  <p><strong>TRƯỜNG THPT CHUYÊN LƯƠNG VĂN CHÁNH</strong></p>
  <p>Địa chỉ: 02 Nguyễn Tất Thành, phường Tuy Hòa, tỉnh Phú Yên</p>
  <p>Điện thoại: 0257 3823 458 - Email: c3lvchanh@phuyen.edu.vn</p>
  </div></div></div></div></div>
  <div class="lvc-copy">Copyright 2026 by THPT Chuyên Lương Văn Chánh | <a id="dnn_dnnTERMS_hypTerms" class="terms" rel="nofollow" href="javascript:void(0)">Điều khoản sử dụng</a></div>
 </div></footer>
</div>
<script src="/DesktopModules/ToSIC_SexyContent/dist/inpage/inpage.min.js?cdv=212" type="text/javascript"></script>
</form>
</body>
</html>"""
    return html(body)


# --- the 2sxc details template ----------------------------------------------------------------


def _edit_ctx(kind: str, entity: int) -> str:
    data = {"contentBlock": {"ZoneId": 2, "AppId": 14, "Guid": opaque(f"{kind}{entity}", 12)}, "entity": entity}
    return esc(json.dumps(data, separators=(",", ":")))


def _big(src: str) -> str:
    return src.split("?", 1)[0]


def _render_blocks(blocks: list, story: Story) -> str:
    """The WYSIWYG Body field: paragraphs, lists, tables, images as the editor left them."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_render_img(b, story))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                tag = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append('<table class="table table-bordered" border="1" cellpadding="3"><tbody>'
                       + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "h":
            out.append(f"<h4><strong>{esc(b.text)}</strong></h4>")
        elif b.style == "lead":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "quote":
            out.append(f'<blockquote class="tt-trichdan"><p>{esc(b.text)}</p></blockquote>')
        else:
            text = esc(b.text)
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                i += 1
                text += "<br />\n" + esc(blocks[i].text)
            out.append(f'<p style="text-align:justify">{text}</p>')
        i += 1
    return "\n".join(out)


def _render_img(img: Img, story: Story) -> str:
    src = img.src
    if img.style == "lb":
        cap = esc(story.opts.get("lb_caption", ""))
        return (
            f'<p style="text-align:center"><a href="{_big(src)}" data-fancybox="tt{story.id}" '
            f'data-caption="{cap}" title="{cap}"><img src="{src}" alt="" class="img-fluid" /></a></p>'
        )
    picture = (
        f'<picture><source type="image/webp" srcset="{src}&amp;format=webp 1x, '
        f'{src.replace("w=800", "w=1600")}&amp;format=webp 2x" />'
        f'<img src="{src}" alt="{esc(story.title)}" loading="lazy" class="img-fluid" /></picture>'
    )
    cap = f'<p class="chuthich-anh"><em>{esc(img.printed)}</em></p>' if img.printed else ""
    return f'<div class="wysiwyg-100 wysiwyg-center">{picture}</div>{cap}'


def _render_inner(blocks: list, story: Story) -> str:
    """2sxc ContentBlocks: each group of blocks in its own sc-content-block (trap 5)."""
    groups: list[list] = []
    for b in blocks:
        kind = "gal" if isinstance(b, Img) and b.style == "gal" else "other"
        if groups and kind == "gal" and all(isinstance(x, Img) for x in groups[-1]):
            groups[-1].append(b)
        else:
            groups.append([b])
    out = []
    for n, group in enumerate(groups, start=1):
        cb = story.id * 10 + n
        if all(isinstance(x, Img) and x.style == "gal" for x in group):
            items = "".join(
                f'<div class="col-6 lvc-gal-item"><a href="{_big(x.src)}" data-fancybox="g{cb}">'
                f'<img src="{x.src}" '
                f'alt="{esc(x.src.split("/")[-1].split("?")[0].upper())}" /></a>'
                f'<div class="lvc-gal-cap">{esc(x.printed or "")}</div></div>'
                for x in group
            )
            inner = f'<div class="lvc-gal row">{items}</div>'
        elif isinstance(group[0], P) and group[0].style == "cbtext":
            inner = f'<div class="co-text"><p>{esc(group[0].text)}</p></div>'
        else:
            inner = _render_blocks(group, story)
        out.append(
            f'<div class="sc-content-block" data-cb-instance="{story.id}" data-cb-id="{cb}">'
            f'<div class="sc-element" data-edit-context="{_edit_ctx("cb", cb)}"></div>{inner}</div>'
        )
    return (
        f'<div class="sc-content-block-list" data-list-context="{_edit_ctx("list", story.id)}">'
        + "".join(out)
        + "</div>"
    )


def _author_card(story: Story) -> str:
    card = story.opts.get("card")
    if not card:
        return ""
    name, label, avatar = card
    if label:
        return f'<div class="tt-tacgia"><i class="fa fa-user"></i> <span>{esc(label)}: {esc(name)}</span></div>'
    pic = (
        f'<img class="rounded-circle" src="/Portals/0/adam/Team/{avatar}?w=48&amp;h=48&amp;mode=crop" '
        f'alt="{esc(name)}" width="48" height="48" />'
        if avatar
        else ""
    )
    return (
        f'<div class="tt-tacgia d-flex">{pic}<div class="tt-tacgia__ten"><small>Tác giả</small><br />'
        f'<a href="/gioi-thieu/to-chuyen-mon">{esc(name)}</a></div></div>'
    )


def _details(request: Request, story: Story) -> Response:
    moment = _local(story)
    blocks = list(story.blocks)
    inner_from = story.opts.get("inner_from", len(blocks))
    body_blocks, inner_blocks = blocks[:inner_from], blocks[inner_from:]
    collapse_from = story.opts.get("collapse_from")
    if collapse_from is not None:
        body_html = (
            _render_blocks(body_blocks[:collapse_from], story)
            + f'\n<a class="btn btn-link tt-doctiep" data-toggle="collapse" href="#tt-them-{story.id}">'
            "Đọc tiếp ▾</a>"
            + f'\n<div class="collapse" id="tt-them-{story.id}" style="display:none">'
            + _render_blocks(body_blocks[collapse_from:], story)
            + "</div>"
        )
    else:
        body_html = _render_blocks(body_blocks, story)
    inner_html = _render_inner(inner_blocks, story) if inner_blocks else ""
    updated = story.opts.get("updated")
    upd = f' <span class="tt-capnhat">Cập nhật: {updated}</span>' if updated else ""
    sapo = (
        f'<div class="tt-tomtat">{esc(story.summary)}</div>' if story.summary and story.sapo_outside else ""
    )
    related = [s for s in STORIES if s.cat == story.cat and s.id != story.id][:4]
    rel = "".join(
        f'<li><a href="{slug_path(s)}">{esc(s.title)}</a> <span class="tt-khac__ngay">'
        f"({_vi_day(_local(s))})</span></li>"
        for s in related
    )
    share = quote(base_url(request) + slug_path(story), safe="")
    article = f"""<div class="sc-viewport"><div class="sc-content-block" data-cb-instance="1043" data-cb-id="1043">
<div class="tt-chitiet sc-element" data-edit-context="{_edit_ctx("item", story.id)}">
 <div class="tt-cm"><a href="/tin-tuc/category/{story.cat}" class="badge">{esc(CATS[story.cat])}</a></div>
 <h3 class="tt-td">{esc(story.title)}</h3>
 <div class="tt-info"><span class="tt-ngay"><i class="fa fa-clock-o"></i> <time datetime="{_utc_attr(moment)}">{_inv(moment)}</time></span>{upd}
  <span class="tt-luotxem"><i class="fa fa-eye"></i> {story.views()}</span></div>
 {_author_card(story)}
 {sapo}
 <div class="tt-nd">
{body_html}
 </div>
 {inner_html}
 <div class="tt-congcu"><a href="javascript:window.print();"><i class="fa fa-print"></i> In bài</a>
  <a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank">Chia sẻ Facebook</a>
  <a href="https://zalo.me/share?u={share}" target="_blank">Zalo</a></div>
</div>
<div class="tt-khac"><h4 class="tt-khac__tit">Tin cùng chuyên mục</h4><ul>{rel}</ul></div>
</div></div>"""
    first_img = story.images[0].src.replace("&amp;", "&") if story.images else "/Portals/0/Images/logo-lvc.png"
    og = {
        "og:type": "article",
        "og:url": base_url(request) + slug_path(story),
        "og:image": base_url(request) + first_img,
        "og:site_name": "THPT Chuyên Lương Văn Chánh",
    }
    return _page(
        request,
        tab_title="Tin tức",
        trail=[("Tin tức", "/tin-tuc")],
        main=_container(1043, "Tin tức - Sự kiện", article),
        canonical_tab="/tin-tuc",
        og=og,
        active="/tin-tuc",
    )


# --- listings ------------------------------------------------------------------------------


def _thumb(story: Story) -> str:
    if story.images:
        return _big(story.images[0].src) + "?w=360&amp;h=240&amp;mode=crop"
    return "/Portals/0/Images/no-image.jpg"


def _list_items(stories: list[Story]) -> str:
    return "".join(
        f'<div class="tt-ds-item row sc-element" data-edit-context="{_edit_ctx("li", s.id)}">'
        f'<div class="col-md-4"><a href="{slug_path(s)}"><img src="{_thumb(s)}" alt="" /></a></div>'
        f'<div class="col-md-8"><h4 class="tt-ds-td"><a href="{slug_path(s)}">{esc(s.title)}</a></h4>'
        f'<div class="tt-ds-ngay"><i class="fa fa-calendar"></i> {_vi_day(_local(s))}</div>'
        f'<div class="tt-ds-mota">{esc(LISTING_TEASERS[s.id])}</div>'
        f'<a class="btn btn-sm btn-primary" href="{id_path(s)}">Xem tiếp »</a></div></div>'
        for s in stories
    )


def _pager(page: int, pages: int, number_href, arrow_href) -> str:
    if pages <= 1:
        return ""
    parts = []
    if page > 1:
        parts.append(f'<li><a href="{arrow_href(page - 1)}">« Trước</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<li class="active"><span>{n}</span></li>')
        else:
            parts.append(f'<li><a href="{number_href(n)}">{n}</a></li>')
    if page < pages:
        parts.append(f'<li><a href="{arrow_href(page + 1)}">Sau »</a></li>')
    return '<ul class="pagination tt-phantrang">' + "".join(parts) + "</ul>"


def _news_list(request: Request, page: int) -> Response | None:
    pages = (len(STORIES) + LIST_SIZE - 1) // LIST_SIZE
    if not 1 <= page <= pages:
        return None
    chunk = STORIES[(page - 1) * LIST_SIZE : page * LIST_SIZE]
    pager = _pager(
        page,
        pages,
        lambda n: "/tin-tuc" if n == 1 else f"/tin-tuc?page={n}",
        lambda n: "/tin-tuc" if n == 1 else f"/tin-tuc/page/{n}",
    )
    inner = f'<div class="sc-viewport"><div class="tt-ds">{_list_items(chunk)}</div>{pager}</div>'
    return _page(
        request,
        tab_title="Tin tức",
        trail=[("Tin tức", "/tin-tuc")],
        main=_container(1043, "Tin tức - Sự kiện", inner),
        canonical_tab="/tin-tuc",
        active="/tin-tuc",
    )


def _cat_list(request: Request, cat: str, page: int) -> Response | None:
    if cat not in CATS:
        return None
    items = [s for s in STORIES if s.cat == cat]
    pages = (len(items) + CAT_SIZE - 1) // CAT_SIZE
    if not 1 <= page <= pages:
        return None
    chunk = items[(page - 1) * CAT_SIZE : page * CAT_SIZE]

    def href(n: int) -> str:
        return f"/tin-tuc/category/{cat}" if n == 1 else f"/tin-tuc/category/{cat}/page/{n}"

    inner = (
        f'<div class="sc-viewport"><p class="tt-loc">Chuyên mục: <strong>{esc(CATS[cat])}</strong></p>'
        f'<div class="tt-ds">{_list_items(chunk)}</div>{_pager(page, pages, href, href)}</div>'
    )
    return _page(
        request,
        tab_title="Tin tức",
        trail=[("Tin tức", "/tin-tuc")],
        main=_container(1043, CATS[cat], inner),
        canonical_tab="/tin-tuc",
        active="/tin-tuc",
    )


# --- home and the other tabs -------------------------------------------------------------


def _home(request: Request) -> Response:
    latest = STORIES[:5]
    slides = "".join(
        f'<div class="carousel-item{" active" if n == 0 else ""}"><a href="{id_path(s)}">'
        f'<img src="{_thumb(s)}" alt="{esc(s.title)}" /></a><div class="carousel-caption">'
        f'<a href="{id_path(s)}">{esc(s.title)}</a></div></div>'
        for n, s in enumerate(latest)
    )
    newest = "".join(
        f'<li><a href="{slug_path(s)}">{esc(s.title)}</a> <em>({_vi_day(_local(s))})</em></li>'
        for s in STORIES[:6]
    )
    slider = (
        f'<div class="sc-viewport"><div id="lvc-slide" class="carousel slide" data-ride="carousel">'
        f'<div class="carousel-inner">{slides}</div></div>'
        f'<ul class="lvc-tinmoi">{newest}</ul><a class="lvc-xemtatca" href="/tin-tuc">Xem tất cả »</a></div>'
    )
    legacy = (
        '<div id="dnn_ctr1061_HtmlModule_lblContent" class="Normal"><marquee direction="up" scrollamount="2" '
        'onmouseover="this.stop()" onmouseout="this.start()"><ul>'
        f'<li><a href="{tabid_path(BY_ID[232])}">Tập huấn kỹ năng phòng chống đuối nước</a></li>'
        f'<li><a href="{tabid_path(BY_ID[230])}">Tuần lễ hưởng ứng học tập suốt đời 2026</a></li>'
        '<li><a href="/tabid/57/Default.aspx">Giới thiệu về trường</a></li>'
        "</ul></marquee></div>"
    )
    main = _container(1043, "Tin tức - Sự kiện", slider) + _container(1061, "Thông báo mới", legacy, "do")
    return _page(request, tab_title="Trang chủ", trail=[], main=main, canonical_tab="/", active="/")


def _html_tab(request: Request, path: str, title: str, trail: list, paras: str) -> Response:
    inner = f'<div id="dnn_ctr1070_HtmlModule_lblContent" class="Normal">{paras}</div>'
    return _page(
        request,
        tab_title=title,
        trail=trail,
        main=_container(1070, title, inner),
        canonical_tab=path,
        active=path,
    )


STATIC_TABS = {
    "/gioi-thieu": (
        "Giới thiệu",
        [("Giới thiệu", "/gioi-thieu")],
        "<p>Trường THPT Chuyên Lương Văn Chánh được thành lập năm 1990, là trường chuyên duy nhất của "
        "tỉnh Phú Yên, có nhiệm vụ phát hiện và bồi dưỡng học sinh năng khiếu.</p>"
        "<p>Nhà trường hiện có 36 lớp với 1.250 học sinh và 105 cán bộ, giáo viên, nhân viên.</p>"
        '<p>Xem thêm: <a href="/gioi-thieu/lich-su-truong">Lịch sử trường</a> | '
        '<a href="/gioi-thieu/to-chuyen-mon">Các tổ chuyên môn</a></p>',
    ),
    "/gioi-thieu/lich-su-truong": (
        "Lịch sử trường",
        [("Giới thiệu", "/gioi-thieu"), ("Lịch sử trường", "/gioi-thieu/lich-su-truong")],
        "<p>Năm 1990, trường được thành lập với tên gọi Trường PTTH Chuyên Lương Văn Chánh.</p>"
        "<p>Năm 2010, trường được công nhận đạt chuẩn quốc gia và chuyển về cơ sở mới.</p>"
        "<p>Trải qua hơn 35 năm xây dựng và phát triển, nhà trường đã có hàng trăm học sinh đạt giải "
        "học sinh giỏi quốc gia.</p>",
    ),
    "/gioi-thieu/to-chuyen-mon": (
        "Tổ chuyên môn",
        [("Giới thiệu", "/gioi-thieu"), ("Tổ chuyên môn", "/gioi-thieu/to-chuyen-mon")],
        '<table class="table"><tr><th>Tổ</th><th>Tổ trưởng</th></tr>'
        "<tr><td>Tổ Toán</td><td>Thầy Huỳnh Văn Lộc</td></tr>"
        "<tr><td>Tổ Vật lý - Công nghệ</td><td>Thầy Phan Đình Trung</td></tr>"
        "<tr><td>Tổ Hóa học</td><td>Cô Đỗ Thị Kim Oanh</td></tr>"
        "<tr><td>Tổ Ngữ văn</td><td>Cô Lê Thị Thanh Hương</td></tr></table>",
    ),
    "/lien-he": (
        "Liên hệ",
        [("Liên hệ", "/lien-he")],
        "<p><strong>TRƯỜNG THPT CHUYÊN LƯƠNG VĂN CHÁNH</strong></p>"
        "<p>Địa chỉ: 02 Nguyễn Tất Thành, phường Tuy Hòa, tỉnh Phú Yên</p>"
        "<p>Điện thoại: 0257 3823 458 - Email: c3lvchanh@phuyen.edu.vn</p>"
        '<div class="dnnForm"><label>Họ tên</label><input name="dnn$ctr1071$txtName" type="text" />'
        '<label>Nội dung</label><textarea name="dnn$ctr1071$txtBody"></textarea>'
        '<a href="javascript:__doPostBack(&#39;dnn$ctr1071$cmdSend&#39;,&#39;&#39;)">Gửi liên hệ</a></div>',
    ),
}


def _document(request: Request) -> Response:
    issued = datetime(2026, 9, 15, 0, 0)
    inner = f"""<div class="sc-viewport"><div class="vb-chitiet sc-element" data-edit-context="{_edit_ctx("vb", 88)}">
<h3 class="tt-td">Kế hoạch năm học 2026 - 2027</h3>
<div class="tt-info"><span class="tt-ngay"><time datetime="{_utc_attr(issued)}">{_inv(issued)}</time></span></div>
<table class="table vb-info"><tr><td>Số/Ký hiệu</td><td>215/KH-LVC</td></tr>
<tr><td>Ngày ban hành</td><td>15/09/2026</td></tr><tr><td>Người ký</td><td>Nguyễn Thanh Sơn</td></tr>
<tr><td>Trích yếu</td><td>Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027 của Trường THPT Chuyên Lương Văn Chánh</td></tr></table>
<p class="vb-tai"><a href="/Portals/0/adam/VanBan/Kh1mN2bV3cX4/File/215-KH-LVC.pdf"><i class="fa fa-download"></i> Tải về</a></p>
</div></div>"""
    return _page(
        request,
        tab_title="Văn bản",
        trail=[("Văn bản", "/van-ban/details/ke-hoach-nam-hoc-2026-2027")],
        main=_container(1080, "Văn bản", inner),
        canonical_tab="/van-ban",
        active="/van-ban",
    )


def _album(request: Request) -> Response:
    day = datetime(2026, 9, 5, 7, 30)
    photos = [
        ("kg-01.jpg", "Lễ chào cờ khai giảng"),
        ("kg-02.jpg", "Học sinh lớp 10 nhận hoa chào mừng"),
        ("kg-03.jpg", "Thầy Hiệu trưởng đánh trống khai trường"),
    ]
    items = "".join(
        f'<div class="col-4 lvc-gal-item"><a href="/Portals/0/adam/Gallery/Kg5sT6uV7wX8/Images/{f}" '
        f'data-fancybox="album"><img src="/Portals/0/adam/Gallery/Kg5sT6uV7wX8/Images/{f}?w=400&amp;h=300'
        f'&amp;mode=crop" alt="" /></a><div class="lvc-gal-cap">{esc(c)}</div></div>'
        for f, c in photos
    )
    inner = (
        f'<div class="sc-viewport"><div class="album-chitiet"><h3 class="tt-td">Lễ khai giảng năm học '
        f'2026 - 2027</h3><div class="tt-info"><time datetime="{_utc_attr(day)}">{_inv(day)}</time> - '
        f'3 ảnh</div><div class="lvc-gal row">{items}</div></div></div>'
    )
    return _page(
        request,
        tab_title="Thư viện ảnh",
        trail=[("Thư viện ảnh", "/thu-vien-anh/details/le-khai-giang-nam-hoc-2026-2027")],
        main=_container(1085, "Thư viện ảnh", inner),
        canonical_tab="/thu-vien-anh",
        active="/thu-vien-anh",
    )


PDFS = {
    "/Portals/0/adam/News/Pd4kS8vBn1cX/Files/412-TB-LVC.pdf",
    "/Portals/0/adam/VanBan/Kh1mN2bV3cX4/File/215-KH-LVC.pdf",
}


@dataclass
class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path in PDFS:
            from tests.portals._common import PDF

            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/Portals/", "/Resources/", "/DesktopModules/", "/DependencyHandler")):
            return static_file(path)
        if path == "/":
            return _home(request) if not request.query else None
        if path == "/tin-tuc":
            page = params.get("page", "1")
            if set(params) - {"page"} or not page.isdigit():
                return None
            return _news_list(request, int(page))
        parts = path.strip("/").split("/")
        if parts[:2] == ["tin-tuc", "page"] and len(parts) == 3 and parts[2].isdigit() and not request.query:
            return _news_list(request, int(parts[2]))
        if parts[:2] == ["tin-tuc", "category"] and not request.query:
            if len(parts) == 3:
                return _cat_list(request, parts[2], 1)
            if len(parts) == 5 and parts[3] == "page" and parts[4].isdigit():
                return _cat_list(request, parts[2], int(parts[4]))
            return None
        if parts[:2] == ["tin-tuc", "details"] and not request.query:
            if len(parts) == 3 and parts[2] in BY_SLUG:
                return _details(request, BY_SLUG[parts[2]])
            if len(parts) == 4 and parts[2].isdigit():
                story = BY_ID.get(int(parts[2]))
                if story and story.slug == parts[3]:
                    return _details(request, story)
            return None
        if path.lower() == f"/tabid/{NEWS_TAB}/default.aspx":
            key = params.get("details", "")
            if key.isdigit() and int(key) in BY_ID and set(params) == {"details"}:
                return _details(request, BY_ID[int(key)])
            return None
        if path.lower() == "/tabid/57/default.aspx" and not request.query:
            return redirect("/gioi-thieu", 301)
        if request.query:
            return None
        if path in STATIC_TABS:
            title, trail, paras = STATIC_TABS[path]
            return _html_tab(request, path, title, trail, paras)
        if path == "/van-ban/details/ke-hoach-nam-hoc-2026-2027":
            return _document(request)
        if path == "/thu-vien-anh/details/le-khai-giang-nam-hoc-2026-2027":
            return _album(request)
        return None


def build_site() -> Site:
    return Site()


GOLD = [
    gold_record(
        s,
        slug_path(s),
        CATS[s.cat],
        canonical_path=slug_path(s),
        alt_paths=[id_path(s), tabid_path(s)],
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/gioi-thieu/lich-su-truong",
    "/gioi-thieu/to-chuyen-mon",
    "/lien-he",
    "/van-ban/details/ke-hoach-nam-hoc-2026-2027",
    "/thu-vien-anh/details/le-khai-giang-nam-hoc-2026-2027",
]
