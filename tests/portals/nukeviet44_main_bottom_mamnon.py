"""Trường Mầm non Sơn Ca, thành phố Tuy Hòa (Phú Yên): a NukeViet 4.4 site, news module.

Platform: NukeViet 4.4 with the news module as the site's default module, URL rewriting on and
the module's name left out of rewritten URLs ("rewrite_omodule"), a kindergarten theme built on
Bootstrap 3 with many blocks (photo gallery, weather, clock, visitor counter, poll).

URL scheme
- ``/``                                home: one "viewcat_two_column"-like block per category
                                       (newest post large with its intro, two more as a list)
- ``/<cat-alias>/``                    category in "viewcat_main_bottom": the newest post of the
                                       page large (image, date, hits, intro), the rest as a list
- ``/<cat-alias>/page-<N>``            further list pages (``/page-1`` answers 301 to the category)
- ``/<cat-alias>/<post-alias>-<id>.html``  posts (a wrong alias or category: 301 to the right one)
- ``/print/<cat-alias>/<post-alias>-<id>.html`` print view, opened only by ``nv_open_browse()``
- ``/<cat-alias>/<post-alias>-<id>.html?download=1&id=0``  a post's attached file (PDF)
- ``/page/<alias>.html``               static pages (page module); ``/contact/``; ``/seek/``
- ``/tags/<tag>``                      tag listings
- ``/photos/<album>-<id>.html``        one photo album (photos module)
- images: ``/uploads/news/2026_MM/*.jpg`` (full size), ``/assets/news/2026_MM/*.jpg`` thumbnails

How each gold article is reached: the home page shows the three newest posts of each category;
"Tin mới" shows the four newest overall; the category pages list 4 (Tin tức - Sự kiện) or 3
(the others) posts a page, so posts 118 and 123 (Tin tức, page 2) and 119 (Hoạt động của bé,
page 2) are reached only through ``/<cat>/page-2`` (and 118 <-> 123 through each other's
"Những tin mới hơn / cũ hơn" lists, which keep to the post's own month). Post 133 is filed under "Thông báo" and also
listed under "Tin tức - Sự kiện"; the Tin tức listings link it under their own alias.

Traps
1. Two ``<h1>`` on a post page: the theme prints the site's name in an ``<h1>`` (and its motto in
   an ``<h2>``) in the header before the post's ``<h1 class="title">`` -> the title is the post's
   h1, never "Trường Mầm non Sơn Ca".
2. viewcat_main_bottom: the newest post of each category page is printed large (h3 title, date,
   hits, thumbnail, its whole hometext) and looks like an article; the same post is linked twice
   there (thumbnail and title) and once more from "Tin mới" -> listings are not articles; one
   record per post.
3. One post in two categories (NukeViet's listcatid): 133 is served 200 at
   ``/thong-bao/…-133.html`` and at ``/tin-tuc/…-133.html`` (breadcrumb "Tin tức - Sự kiện" on
   the second); both print ``<link rel="canonical">`` to the first -> one record, canonical
   ``/thong-bao/…``, the other in alt_paths, category "Thông báo" (its primary category).
4. ``<meta property="article:published_time">`` is printed the way NukeViet's
   ``date('Y-m-dTH:i:s')`` writes it ("2026-12-03+0714:30:00", PHP's ``T`` being the zone's
   abbreviation) and ``article:modified_time`` carries the later edit time -> published_at comes
   from the printed line "Thứ năm - 03/12/2026 14:30"; a post printed at "00:00" is a day alone.
5. The hometext (sapo) is its own ``<div class="hometext">`` outside ``#news-bodyhtml``, after
   the home image when that sits left ("imgthumb"), before it when it is full width ("imgfull")
   -> summary = hometext and the body's first paragraph; the home image is the first image.
6. Home image without a note: ``<figure class="article left noncaption">`` whose ``alt`` repeats
   the headline -> caption None (an alt that only repeats the title is no caption); with a note
   the ``<figcaption>`` is the caption.
7. Bylines are NukeViet fields after the text, right-aligned: "Tác giả: Nguyễn Thị Hoa (Tổ
   Mẫu giáo Lớn)" -> authors ["Nguyễn Thị Hoa"]; "Nguồn tin: <a>Phòng GD&ĐT …</a>" (label
   "Nguồn tin", a link to the source's site) -> source "Phòng GD&ĐT thành phố Tuy Hòa"; inside
   the text a right-aligned "Tin, ảnh: Lê Thị Mai" -> author and photographer.
8. Editor markup (CKEditor 4): paragraphs as ``<div style="text-align: justify;">`` instead of
   ``<p>``, several lines in one ``<p>`` split by ``<br />``, captioned photos as image2
   ``<figure class="image"><figcaption>`` and older ones as a centred ``<em>`` line under the
   photo; a caption ending "(Ảnh: Trần Văn Nam)" loses the credit (Nam is the photographer).
9. Same path, other thing: the attachment panel "Tập tin đính kèm" links
   ``<post-path>?download=1&id=0`` which answers a PDF (not a URL variant of the post), next to
   a Google Docs viewer link to another host -> not alt paths, not text.
10. Chrome that reads like text: the session dialog "Bạn đã không sử dụng Site, Bấm vào đây để
    duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây", the rating "Tổng số điểm của bài viết
    là: … trong … đánh giá", "Từ khóa:" tags, readers' comments ("Ý kiến bạn đọc"), "Những tin
    mới hơn" / "Những tin cũ hơn" with other posts' dates "(02/12/2026)", the gallery block's
    photo captions, the weather block "Tuy Hòa 27°C" -> none of it is body, image or date.
11. Truncated titles: the "Tin xem nhiều" block and the lists clip titles to 60 characters with
    "..." (the full title in ``title=""``) -> the title is the post page's h1.
12. A menu table ("Thực đơn tuần") as the text -> each row a paragraph, cells joined by " | ";
    signed by a unit right-aligned ("Tổ Nuôi dưỡng") -> that unit is the author.
13. An official notice (133) printed in the text: letterhead table, "Số: …", "Tuy Hòa, ngày 30
    tháng 11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận" and the signer -> body only the
    notice's text, date "2026-11-30" (not the publtime 01/12/2026 07:45), author the signer.
14. Print view reachable only through ``onclick="nv_open_browse('/print/…')"`` (href
    ``javascript:void(0)``): the same article -> listed in alt_paths.

Gold decisions on ambiguous points
- category: the post's primary category as its canonical page's breadcrumb prints it.
- Home image path: the ``src`` printed in the post page (the full-size ``/uploads/…`` for the
  full-width figure, the ``/assets/…`` copy NukeViet prints for a left-floated one).
- 130 keeps its typed "📌 " at the start of two lines.
- "Theo CDC Phú Yên" closing 127 is its source; a body sentence "Theo kế hoạch…" is text.
- The print view (``/print/…``) is the same article: it is in alt_paths although only a script
  opens it; the ``?download=1&id=0`` PDF and the ``/sendmail/…`` popup are not.
- 137's "Tin, ảnh: Lê Thị Mai" inside the text is a byline line (not body).
- Listings, tag pages, ``/seek/`` are neither articles nor NON_ARTICLES; the album is a
  non-article.
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "nukeviet44_main_bottom_mamnon"
PLATFORM = "NukeViet 4.4 (news module, viewcat_main_bottom)"
START_PATH = "/"

SITE = "Trường Mầm non Sơn Ca"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"

#: alias -> (title, posts per list page)
CATS: dict[str, tuple[str, int]] = {
    "tin-tuc": ("Tin tức - Sự kiện", 4),
    "hoat-dong-cua-be": ("Hoạt động của bé", 3),
    "goc-phu-huynh": ("Góc phụ huynh", 3),
    "thong-bao": ("Thông báo", 3),
}

TAGS = {
    "ngay-nha-giao-viet-nam": "ngày nhà giáo việt nam",
    "ban-tru": "bán trú",
    "ve-sinh-an-toan-thuc-pham": "vệ sinh an toàn thực phẩm",
    "hoat-dong-trai-nghiem": "hoạt động trải nghiệm",
}

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _u(month: int, name: str) -> str:
    return f"/uploads/news/2026_{month:02d}/{name}"


def _a(month: int, name: str) -> str:
    return f"/assets/news/2026_{month:02d}/{name}"


LETTERHEAD = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;"><tbody><tr>'
    '<td style="text-align: center; width: 45%;">UBND THÀNH PHỐ TUY HÒA<br />'
    "<strong>TRƯỜNG MẦM NON SƠN CA</strong><br />Số: 87/TB-MNSC</td>"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<u><strong>Độc lập - Tự do - Hạnh phúc</strong></u><br />"
    "<em>Tuy Hòa, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc tuyển sinh bổ sung trẻ từ 18 đến 24 tháng tuổi</strong></p>"
)
NOTICE_CLOSE = (
    '<table border="0" style="width:100%;"><tbody><tr><td style="width:50%; vertical-align: top;">'
    "<strong><em>Nơi nhận:</em></strong><br />- Phòng GD&amp;ĐT (b/c);<br />- CMHS;<br />"
    "- Lưu: VT.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br /><br />'
    "<em>(đã ký)</em><br /><br /><strong>Nguyễn Thị Thu Hà</strong></td></tr></tbody></table>"
)


def _right(text: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(text)}</strong></p>')


STORIES: list[Story] = [
    Story(
        138, "hoi-thi-be-khoe-be-ngoan-cap-truong-nam-hoc-2026-2027",
        "Hội thi “Bé khỏe – Bé ngoan” cấp trường năm học 2026-2027", "tin-tuc",
        "2026-12-04T15:20:00+07:00",
        [
            Img(_u(12, "hoi-thi-be-khoe-1.jpg"), "Các đội thi chào hỏi ban giám khảo",
                "Các đội thi chào hỏi ban giám khảo", "homefull"),
            P("Sáng ngày 04/12/2026, Trường Mầm non Sơn Ca tổ chức Hội thi “Bé khỏe – Bé ngoan” "
              "cho trẻ mẫu giáo 5 – 6 tuổi với sự tham gia của 6 đội thi đến từ các lớp Lá.", "div"),
            P("Hội thi gồm ba phần: chào hỏi, kiến thức và năng khiếu. Ở phần kiến thức, các bé "
              "trả lời những câu hỏi về an toàn giao thông, giữ gìn vệ sinh và bảo vệ môi trường.", "div"),
            Img(_u(12, "hoi-thi-be-khoe-2.jpg"),
                "Bé Minh Anh lớp Lá 2 trong phần thi năng khiếu (Ảnh: Trần Văn Nam)",
                "Bé Minh Anh lớp Lá 2 trong phần thi năng khiếu", "fig"),
            P("Kết quả, Ban tổ chức trao giải Nhất cho lớp Lá 2, giải Nhì cho lớp Lá 1 và lớp Lá 4, "
              "giải Ba cho các đội còn lại.", "div"),
        ],
        authors=["Trần Thị Mỹ Duyên"], photographers=["Trần Văn Nam"],
        summary="Hội thi là dịp để các bé mạnh dạn, tự tin thể hiện năng khiếu và những kỹ năng "
                "đã học ở trường.",
        sapo_outside=True,
        opts={"author_line": "Trần Thị Mỹ Duyên", "edited": "2026-12-05 08:10",
              "tags": ["hoat-dong-trai-nghiem"],
              "comments": [("Phụ huynh bé Gia Hân", "Các con thi rất dễ thương, cảm ơn các cô!")]},
    ),
    Story(
        137, "be-lop-la-1-trai-nghiem-lam-banh-quy",
        "Bé lớp Lá 1 trải nghiệm làm bánh quy", "hoat-dong-cua-be",
        "2026-12-03T16:10:00+07:00",
        [
            Img(_a(12, "lam-banh-quy.jpg"), None, None, "homeleft"),
            P("Chiều 03/12, cô và trò lớp Lá 1 cùng nhau trải nghiệm làm bánh quy tại bếp ăn của "
              "nhà trường.", "brnext"),
            P("Các bé được tự tay nhào bột, cắt khuôn hình con vật và trang trí bánh bằng nho khô."),
            Img(_u(12, "lam-banh-quy-2.jpg"), "Các bé cắt bánh theo khuôn hình con vật",
                "Các bé cắt bánh theo khuôn hình con vật", "next"),
            P("Qua hoạt động, trẻ được rèn luyện sự khéo léo của đôi tay, biết chờ đợi và chia sẻ "
              "thành quả với bạn bè."),
            _right("Tin, ảnh: Lê Thị Mai"),
        ],
        authors=["Lê Thị Mai"], photographers=["Lê Thị Mai"],
        summary="Hoạt động giúp các bé biết thêm về công việc nội trợ và thêm yêu quý người lao động.",
        sapo_outside=True,
        opts={"tags": ["hoat-dong-trai-nghiem"], "edited": "2026-12-03 20:02"},
    ),
    Story(
        136, "thuc-don-tuan-1-thang-12-2026", "Thực đơn tuần 1 tháng 12/2026", "goc-phu-huynh",
        "2026-11-30T17:00:00+07:00",
        [
            P("Nhà trường thông báo thực đơn bán trú tuần 1 tháng 12/2026 (từ 30/11 đến 04/12) "
              "để quý phụ huynh tiện theo dõi:"),
            P("Thứ | Bữa trưa | Bữa xế", "row"),
            P("Thứ hai | Cơm, thịt heo kho trứng cút, canh bí đỏ nấu tôm | Cháo gà, sữa chua", "row"),
            P("Thứ ba | Cơm, cá thu sốt cà chua, canh rau ngót thịt bằm | Bánh flan, sữa tươi", "row"),
            P("Thứ tư | Cơm, gà xào nấm, canh cải nấu thịt | Súp cua, chuối", "row"),
            P("Thứ năm | Cơm, tôm rim thịt, canh mướp mồng tơi | Chè đậu xanh", "row"),
            P("Thứ sáu | Bún bò, rau sống | Bánh bông lan, sữa tươi", "row"),
            P("Thực phẩm được nhập từ các cơ sở có giấy chứng nhận an toàn thực phẩm và được kiểm "
              "tra, lưu mẫu hằng ngày."),
            _right("Tổ Nuôi dưỡng"),
        ],
        authors=["Tổ Nuôi dưỡng"],
        opts={"tags": ["ban-tru", "ve-sinh-an-toan-thuc-pham"], "edited": "2026-11-30 17:05"},
    ),
    Story(
        135, "truong-mam-non-son-ca-don-doan-kiem-tra-cong-tac-ban-tru",
        "Trường Mầm non Sơn Ca đón đoàn kiểm tra công tác bán trú", "tin-tuc",
        "2026-12-02T10:05:00+07:00",
        [
            Img(_u(12, "kiem-tra-ban-tru.jpg"), None, None, "homefull"),
            P("Ngày 02/12/2026, đoàn kiểm tra của Phòng GD&ĐT thành phố Tuy Hòa do bà Phạm Thị "
              "Kim Oanh, Phó Trưởng phòng làm trưởng đoàn đã kiểm tra công tác bán trú tại trường."),
            P("Đoàn đã kiểm tra hồ sơ nhập thực phẩm, sổ kiểm thực ba bước, bếp ăn một chiều và "
              "việc lưu mẫu thức ăn."),
            P("Kết luận kiểm tra", "h"),
            P("Đoàn đánh giá nhà trường thực hiện tốt quy trình bếp ăn một chiều, hồ sơ đầy đủ; đề "
              "nghị tiếp tục duy trì và bổ sung tủ lưu mẫu."),
        ],
        source="Phòng GD&ĐT thành phố Tuy Hòa",
        summary="Đoàn kiểm tra đánh giá cao việc đảm bảo vệ sinh an toàn thực phẩm tại bếp ăn của trường.",
        sapo_outside=True,
        opts={"source_line": ("Phòng GD&ĐT thành phố Tuy Hòa", "https://pgdtuyhoa.edu.vn/"),
              "tags": ["ban-tru", "ve-sinh-an-toan-thuc-pham"], "edited": "2026-12-02 16:40"},
    ),
    Story(
        133, "thong-bao-tuyen-sinh-bo-sung-tre-18-24-thang-tuoi",
        "Thông báo tuyển sinh bổ sung trẻ 18–24 tháng tuổi", "thong-bao",
        "2026-11-30",
        [
            Raw(LETTERHEAD),
            P("Căn cứ Kế hoạch tuyển sinh năm học 2026-2027 đã được phê duyệt, Trường Mầm non Sơn "
              "Ca thông báo tuyển sinh bổ sung như sau:"),
            P("1. Đối tượng: trẻ sinh từ tháng 12/2024 đến tháng 6/2025 có hộ khẩu hoặc tạm trú "
              "tại Phường 7, thành phố Tuy Hòa."),
            P("2. Chỉ tiêu: 15 trẻ (01 nhóm trẻ)."),
            P("3. Hồ sơ gồm: đơn xin nhập học, bản sao giấy khai sinh, giấy xác nhận cư trú.", "brnext"),
            P("4. Thời gian nhận hồ sơ: từ ngày 01/12/2026 đến hết ngày 12/12/2026 tại văn phòng "
              "nhà trường."),
            Raw(NOTICE_CLOSE),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"publ": "2026-12-01 07:45", "also": ["tin-tuc"], "attach": "thong-bao-tuyen-sinh.pdf"},
    ),
    Story(
        132, "be-tham-quan-trang-trai-rau-sach-hoa-kien",
        "Bé tham quan trang trại rau sạch Hòa Kiến", "hoat-dong-cua-be",
        "2026-11-26T09:40:00+07:00",
        [
            P("Theo kế hoạch hoạt động ngoại khóa tháng 11, sáng 26/11 các bé khối Chồi đã đến "
              "tham quan trang trại rau sạch tại xã Hòa Kiến.", "div"),
            Img(_u(11, "trang-trai-rau.jpg"), "Ảnh: Nguyễn Văn Phúc", None, "next"),
            P("Tại đây, các bé được nghe cô chú kỹ sư giới thiệu về các loại rau, cách gieo hạt và "
              "tưới nước cho cây.", "div"),
            P("Bé biết được:", "div"),
            P("Tên gọi của các loại rau ăn lá, rau ăn củ;", "li"),
            P("Vì sao phải ăn nhiều rau xanh mỗi ngày.", "li"),
        ],
        authors=["Nguyễn Thị Hoa"], photographers=["Nguyễn Văn Phúc"],
        opts={"author_line": "Nguyễn Thị Hoa (Tổ Mẫu giáo Lớn)", "tags": ["hoat-dong-trai-nghiem"]},
    ),
    Story(
        130, "thong-bao-lich-hop-phu-huynh-hoc-ky-i",
        "Thông báo lịch họp phụ huynh học kỳ I năm học 2026-2027", "thong-bao",
        "2026-11-23T10:30:00+07:00",
        [
            P("Nhà trường trân trọng kính mời quý phụ huynh đến dự họp phụ huynh học kỳ I:"),
            P("📌 Thời gian: 16 giờ 30, thứ Sáu ngày 11/12/2026.", "brnext"),
            P("📌 Địa điểm: tại các nhóm, lớp."),
            P("Rất mong quý phụ huynh sắp xếp thời gian đến dự đầy đủ."),
        ],
        opts={},
    ),
    Story(
        129, "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)", "tin-tuc",
        "2026-11-20T09:00:00+07:00",
        [
            Img(_a(11, "ky-niem-20-11.jpg"), "Lãnh đạo địa phương tặng hoa chúc mừng tập thể "
                "giáo viên nhà trường", "Lãnh đạo địa phương tặng hoa chúc mừng tập thể giáo viên "
                "nhà trường", "homeleftnote"),
            P("Sáng 20/11/2026, Trường Mầm non Sơn Ca long trọng tổ chức lễ kỷ niệm 44 năm Ngày "
              "Nhà giáo Việt Nam.", "div"),
            P("Phát biểu tại buổi lễ, cô Nguyễn Thị Thu Hà, Hiệu trưởng nhà trường ôn lại truyền "
              "thống ngày 20/11 và tổng kết phong trào thi đua “Dạy tốt – học tốt”.", "div"),
            Img(_u(11, "van-nghe-20-11.jpg"), "Tiết mục văn nghệ của các bé lớp Chồi 1",
                "Tiết mục văn nghệ của các bé lớp Chồi 1", "fig"),
            P("Dịp này, nhà trường khen thưởng 8 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
              "trường.", "div"),
        ],
        authors=["Trần Thị Mỹ Duyên"],
        summary="Buổi lễ diễn ra trang trọng, ấm áp với nhiều tiết mục văn nghệ đặc sắc của cô và trò.",
        sapo_outside=True,
        opts={"author_line": "Trần Thị Mỹ Duyên", "tags": ["ngay-nha-giao-viet-nam"],
              "edited": "2026-11-21 07:30",
              "comments": [("Cựu học sinh", "Kính chúc các cô luôn mạnh khỏe, hạnh phúc!")]},
    ),
    Story(
        127, "phong-chong-benh-tay-chan-mieng-cho-tre-trong-mua-mua",
        "Phòng chống bệnh tay chân miệng cho trẻ trong mùa mưa", "goc-phu-huynh",
        "2026-11-13T08:00:00+07:00",
        [
            P("Bệnh tay chân miệng thường gia tăng vào mùa mưa, lây qua đường tiêu hóa và tiếp "
              "xúc trực tiếp với dịch tiết của trẻ bệnh.", "b"),
            P("Cha mẹ cần làm gì?", "h"),
            P("Rửa tay cho trẻ bằng xà phòng dưới vòi nước sạch nhiều lần trong ngày.", "li"),
            P("Lau sạch đồ chơi, sàn nhà bằng dung dịch sát khuẩn.", "li"),
            P("Cho trẻ đi khám ngay khi thấy sốt, nổi bóng nước ở tay, chân, miệng.", "li"),
            P("Không đưa trẻ bị bệnh đến trường trong thời gian cách ly để tránh lây lan cho các "
              "bạn."),
            Raw('<p style="text-align: right;"><em>Theo CDC Phú Yên</em></p>'),
        ],
        source="CDC Phú Yên",
        summary="Bệnh tay chân miệng thường gia tăng vào mùa mưa, lây qua đường tiêu hóa và tiếp "
                "xúc trực tiếp với dịch tiết của trẻ bệnh.",
        opts={},
    ),
    Story(
        126, "hoat-dong-ngoai-troi-be-choi-tro-choi-dan-gian",
        "Hoạt động ngoài trời: Bé chơi trò chơi dân gian", "hoat-dong-cua-be",
        "2026-11-10",
        [
            P("Trò chơi dân gian như kéo co, nhảy bao bố, rồng rắn lên mây luôn được các bé yêu "
              "thích trong giờ hoạt động ngoài trời.", "div"),
            Img(_u(11, "keo-co.jpg"), "Bé lớp Lá 3 chơi kéo co", "Bé lớp Lá 3 chơi kéo co", "fig"),
            P("Thông qua trò chơi, trẻ phát triển thể lực và biết phối hợp cùng bạn bè.", "div"),
        ],
        opts={"publ": "2026-11-10 00:00"},
    ),
    Story(
        123, "chao-mung-ngay-phu-nu-viet-nam-20-10",
        "Chào mừng Ngày Phụ nữ Việt Nam 20/10", "tin-tuc",
        "2026-10-20T16:45:00+07:00",
        [
            P("Chiều 20/10, Công đoàn Trường Mầm non Sơn Ca tổ chức gặp mặt chào mừng 96 năm "
              "Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam."),
            Img(_u(10, "20-10.jpg"), "Chị em công đoàn viên chụp ảnh lưu niệm",
                "Chị em công đoàn viên chụp ảnh lưu niệm", "next"),
            P("Buổi gặp mặt có phần thi cắm hoa giữa các tổ chuyên môn, tổ Mẫu giáo Nhỡ đạt giải "
              "Nhất."),
        ],
        authors=["Võ Thị Ngọc Lan"],
        opts={"author_line": "Võ Thị Ngọc Lan"},
    ),
    Story(
        119, "lop-choi-2-to-chuc-sinh-nhat-thang-10-cho-be",
        "Lớp Chồi 2 tổ chức sinh nhật tháng 10 cho bé", "hoat-dong-cua-be",
        "2026-10-28T15:00:00+07:00",
        [
            Img(_a(10, "sinh-nhat-thang-10.jpg"), None, None, "homeleft"),
            P("Chiều 28/10, lớp Chồi 2 tổ chức sinh nhật chung cho 5 bé có ngày sinh trong tháng 10."),
            P("Các bé cùng hát mừng sinh nhật, thổi nến và chia bánh cho các bạn trong lớp."),
        ],
        summary="Buổi sinh nhật ấm cúng giúp các bé thêm gắn bó với cô và bạn.",
        sapo_outside=True,
        opts={},
    ),
    Story(
        118, "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        "Hội nghị viên chức, người lao động năm học 2026 - 2027", "tin-tuc",
        "2026-10-09T14:00:00+07:00",
        [
            P("Chiều 09/10/2026, Trường Mầm non Sơn Ca tổ chức Hội nghị viên chức, người lao động "
              "năm học 2026 - 2027.", "div"),
            P("Hội nghị đã thông qua báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ "
              "năm học mới và quy chế chi tiêu nội bộ.", "div"),
            P("100% viên chức, người lao động ký giao ước thi đua.", "div"),
        ],
        source="Công đoàn trường",
        opts={"source_line": ("Công đoàn trường", "")},
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: the order a listing prints (newest first)
ORDER = sorted(STORIES, key=lambda s: s.opts.get("publ") or s.published_at, reverse=True)


def _publ(story: Story) -> tuple[str, str]:
    """The post's publtime as (YYYY-MM-DD, HH:MM)."""
    raw = story.opts.get("publ")
    if raw:
        day, hm = raw.split()
        return day, hm
    if "T" in story.published_at:
        return story.published_at[:10], story.published_at[11:16]
    return story.published_at, "00:00"


def _dmy(day: str) -> str:
    y, m, d = day.split("-")
    return f"{d}/{m}/{y}"


def _weekday(day: str) -> str:
    import datetime

    return WEEKDAYS[datetime.date.fromisoformat(day).weekday()]


def post_path(story: Story, cat: str | None = None) -> str:
    return f"/{cat or story.cat}/{story.slug}-{story.id}.html"


def print_path(story: Story) -> str:
    return f"/print/{story.cat}/{story.slug}-{story.id}.html"


def cat_posts(alias: str) -> list[Story]:
    return [s for s in ORDER if s.cat == alias or alias in s.opts.get("also", [])]


def _clip(title: str, n: int = 60) -> str:
    return title if len(title) <= n else title[: n - 3].rstrip() + "..."


def _home_img(story: Story) -> Img | None:
    for b in story.blocks:
        if isinstance(b, Img) and b.style.startswith("home"):
            return b
    return None


def _thumb(story: Story) -> str:
    img = _home_img(story)
    name = img.src.rsplit("/", 1)[1] if img else "no-image.jpg"
    month = int(_publ(story)[0][5:7])
    return _a(month, name) if img else "/themes/mamnon/images/no_image.gif"


# --- chrome ---------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/page/gioi-thieu.html", "Giới thiệu", [
        ("/page/gioi-thieu.html", "Lịch sử nhà trường"),
        ("/page/co-so-vat-chat.html", "Cơ sở vật chất"),
        ("/page/che-do-sinh-hoat-mot-ngay.html", "Chế độ sinh hoạt một ngày"),
    ]),
    ("/tin-tuc/", "Tin tức - Sự kiện", [("/thong-bao/", "Thông báo")]),
    ("/hoat-dong-cua-be/", "Hoạt động của bé", []),
    ("/goc-phu-huynh/", "Góc phụ huynh", []),
    ("/photos/hoi-thi-be-khoe-be-ngoan-7.html", "Thư viện ảnh", []),
    ("/contact/", "Liên hệ", []),
]


def _menu() -> str:
    out = ['<ul class="nav navbar-nav">']
    for href, label, subs in MENU:
        if subs:
            out.append(f'<li class="dropdown"><a href="{href}" class="dropdown-toggle" '
                       f'data-toggle="dropdown" title="{esc(label)}">{esc(label)} '
                       '<strong class="caret">&nbsp;</strong></a><ul class="dropdown-menu">')
            out += [f'<li><a href="{h}" title="{esc(t)}">{esc(t)}</a></li>' for h, t in subs]
            out.append("</ul></li>")
        else:
            out.append(f'<li><a href="{href}" title="{esc(label)}">{esc(label)}</a></li>')
    out.append("</ul>")
    return "".join(out)


def _sidebar() -> str:
    newest = ORDER[:4]
    most_read = [BY_ID[i] for i in (129, 136, 127, 132)]
    li_new = "".join(
        f'<li class="clearfix"><a href="{post_path(s)}" title="{esc(s.title)}">'
        f'<img src="{_thumb(s)}" alt="{esc(s.title)}" width="60" class="img-thumbnail pull-left '
        f'mar-right" /></a><a href="{post_path(s)}" title="{esc(s.title)}">{esc(_clip(s.title, 50))}'
        f'</a></li>' for s in newest)
    li_top = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{post_path(s)}" '
        f'title="{esc(s.title)}">{esc(_clip(s.title, 40))}</a></li>' for s in most_read)
    gallery = "".join(
        f'<div class="col-xs-6"><a href="/photos/hoi-thi-be-khoe-be-ngoan-7.html">'
        f'<img src="/uploads/photos/2026_12/thumb-{i}.jpg" alt="{esc(c)}" class="img-responsive" />'
        f'</a><p class="small text-center">{esc(c)}</p></div>'
        for i, c in enumerate(["Bé tập thể dục buổi sáng", "Giờ ăn bán trú", "Góc thư viện của bé",
                               "Sân chơi mới"], 1))
    return (
        '<div class="col-sm-8 col-md-8"><div class="panel panel-primary">'
        '<div class="panel-heading">Tin mới</div><div class="panel-body">'
        f'<ul class="list-none">{li_new}</ul></div></div>'
        '<div class="panel panel-primary"><div class="panel-heading">Tin xem nhiều</div>'
        f'<div class="panel-body"><ul class="list-none">{li_top}</ul></div></div>'
        '<div class="panel panel-primary"><div class="panel-heading">Hình ảnh hoạt động</div>'
        f'<div class="panel-body"><div class="row">{gallery}</div></div></div>'
        '<div class="panel panel-primary"><div class="panel-heading">Thời tiết</div>'
        '<div class="panel-body" id="weather-block"><strong>Tuy Hòa</strong> '
        '<img src="/themes/mamnon/images/weather/rain.png" alt="mưa" width="32" /> 27°C<br />'
        '<span class="small">Mưa rào rải rác, độ ẩm 86%</span></div></div>'
        '<div class="panel panel-primary"><div class="panel-heading">Đồng hồ</div>'
        '<div class="panel-body text-center"><canvas id="analog-clock" width="150" height="150">'
        '</canvas><div id="digital-clock">--:--:--</div></div></div>'
        '<div class="panel panel-primary"><div class="panel-heading">Thăm dò ý kiến</div>'
        '<div class="panel-body"><form action="/voting/" method="post"><p><strong>Bạn biết đến '
        'trường qua kênh nào?</strong></p>'
        '<div class="radio"><label><input type="radio" name="option" value="1" /> Người quen '
        'giới thiệu</label></div><div class="radio"><label><input type="radio" name="option" '
        'value="2" /> Trang web của trường</label></div><div class="radio"><label><input '
        'type="radio" name="option" value="3" /> Facebook</label></div>'
        '<input type="button" class="btn btn-success btn-sm" value="Bình chọn" '
        "onclick=\"nv_sendvoting(this.form, '2', '1', 'a1b2c3', '', '0');\" /></form></div></div>"
        '<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div>'
        '<div class="panel-body"><ul class="counter list-none display-table">'
        '<li><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập<span>12</span></li>'
        '<li><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay<span>347</span></li>'
        '<li><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại<span>2.108</span></li>'
        '<li><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập<span>186.452</span></li>'
        "</ul></div></div>"
        '<div class="panel panel-primary"><div class="panel-heading">Liên kết</div>'
        '<div class="panel-body"><select class="form-control" onchange="window.open(this.value)">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://pgdtuyhoa.edu.vn/">Phòng GD&amp;ĐT Tuy Hòa</option></select>'
        "</div></div></div>"
    )


def page(request: Request, title: str, main: str, *, head: str = "", crumbs: list | None = None) -> str:
    crumb_html = ""
    if crumbs:
        crumb_html = (
            '<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none">'
            '<li itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="/" '
            'itemprop="url" title="Trang nhất"><span itemprop="title">Trang nhất</span></a></li>'
            + "".join(f'<li itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="{h}" '
                      f'itemprop="url" title="{esc(t)}"><span class="txt" itemprop="title">{esc(t)}'
                      "</span></a></li>" for h, t in crumbs)
            + "</ul></div></div>"
        )
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="NukeViet v4.4" />
<meta name="author" content="{SITE}" />
<meta name="copyright" content="{SITE} [mnsonca.tuyhoa@gmail.com]" />
{head}
<link rel="shortcut icon" href="/uploads/favicon.ico">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="/themes/mamnon/css/bootstrap.min.css">
<link rel="StyleSheet" href="/themes/mamnon/css/style.css">
<link rel="StyleSheet" href="/themes/mamnon/css/news.css">
<script data-show="inline" type="text/javascript">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="main",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4c_Sc7a1",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_is_recaptcha=0;</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/mamnon/js/main.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg">
<div class="wraper">
<header>
 <div class="container">
  <div id="header" class="row">
   <div class="logo col-xs-24 col-sm-24 col-md-8">
    <a title="{SITE}" href="/"><img src="/uploads/logo-son-ca.png" width="120" height="120" alt="{SITE}" /></a>
    <h1>{SITE}</h1>
    <h2>Yêu thương – An toàn – Sáng tạo</h2>
   </div>
   <div class="col-xs-24 col-sm-24 col-md-16"><img src="/uploads/banner/banner-mam-non.jpg" alt="banner" class="img-responsive" /></div>
  </div>
 </div>
</header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">
<div class="navbar navbar-default navbar-static-top" role="navigation"><div class="navbar-header">
<button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#menu-site-default"><span class="sr-only">&nbsp;</span><span class="icon-bar">&nbsp;</span></button></div>
<div class="collapse navbar-collapse" id="menu-site-default">{_menu()}</div></div></div></div></div></nav>
<section><div class="container" id="body">
<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix">
<div class="col-xs-24 col-sm-18 col-md-18">{crumb_html}</div>
<div class="headerSearch col-xs-24 col-sm-6 col-md-6"><form action="/seek/" method="get"><div class="input-group">
<input type="text" class="form-control" maxlength="60" name="q" placeholder="Tìm kiếm..." /><span class="input-group-btn"><button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></span></div></form></div>
</div></div></div>
<div class="current-time"><span class="fa fa-clock-o"></span> {HEADER_TODAY}</div></nav>
<div class="row">
<div class="col-sm-16 col-md-16">{main}</div>
{_sidebar()}
</div>
</div></section>
</div>
<footer id="footer" class="wraper"><div class="container"><div class="row">
<div class="col-xs-24 col-sm-24 col-md-12"><div class="panel-body"><h3 class="margin-bottom-lg">{SITE.upper()}</h3>
<ul class="company_info" itemscope itemtype="http://schema.org/LocalBusiness">
<li class="company_name"><span itemprop="name">{SITE}</span></li>
<li><em class="fa fa-map-marker"></em><span>Địa chỉ: 45 Lê Trung Kiên, Phường 7, thành phố Tuy Hòa, tỉnh Phú Yên</span></li>
<li><em class="fa fa-phone"></em><span>Điện thoại: <a href="tel:02573823456">0257 3823 456</a></span></li>
<li><em class="fa fa-envelope"></em><span>Email: <a href="mailto:mnsonca.tuyhoa@gmail.com">mnsonca.tuyhoa@gmail.com</a></span></li>
</ul></div></div>
<div class="col-xs-24 col-sm-24 col-md-12"><div class="panel-body">
<div class="copyright">&copy; Bản quyền thuộc về <a href="/">{SITE}</a>. Chịu trách nhiệm chính: Hiệu trưởng Nguyễn Thị Thu Hà</div>
<div class="small">Thiết kế bởi <a href="https://nukeviet.vn/" target="_blank">VINADES.,JSC</a> &amp; <a href="https://www.facebook.com/mnsonca.tuyhoa" target="_blank">Fanpage nhà trường</a></div>
</div></div>
</div></div></footer>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<div id="run_cronjobs" style="visibility:hidden;display:inline;"><img alt="" src="/index.php?second=cronjobs&amp;p=G5k2Hq1v" width="1" height="1" /></div>
<script src="/themes/mamnon/js/bootstrap.min.js"></script>
</div>
</body>
</html>"""


# --- post page ------------------------------------------------------------------------------


def _img_tag(src: str, alt: str, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<img alt="{esc(alt)}" src="{src}" width="600" height="400"{c} />'


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style.startswith("home"))]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            alt = b.printed or story.title
            if b.style == "fig":
                out.append('<figure class="image" style="display:inline-block">'
                           f'{_img_tag(b.src, alt)}<figcaption>{esc(b.printed)}</figcaption></figure>')
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(b.src, "")}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em><span style="font-size:12px;">'
                               f"{esc(b.printed)}</span></em></p>")
        elif b.style in ("li", "row"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + "</ul>")
            else:
                rows = []
                for n, p in enumerate(group):
                    tag = "th" if n == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in p.text.split(" | "))
                                + "</tr>")
                out.append('<table border="1" cellpadding="5" cellspacing="0" class="table '
                           'table-bordered" style="width:100%;"><tbody>' + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "brnext":
            nxt = blocks[i + 1]
            out.append(f'<p style="text-align: justify;"><span style="font-size:16px;">{esc(b.text)}'
                       f"<br />\n{esc(nxt.text)}</span></p>")
            i += 2
            continue
        elif b.style == "div":
            out.append(f'<div style="text-align: justify;"><span style="font-family:Times New Roman,'
                       f'Times,serif;"><span style="font-size:16px;">{esc(b.text)}</span></span></div>')
        elif b.style == "h":
            out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
        elif b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def _meta_time(day: str, hm: str) -> str:
    return f"{day}+07{hm}:00"


def _related(story: Story) -> str:
    pos = ORDER.index(story)
    same = [s for s in ORDER if s.cat == story.cat and s is not story]
    newer = [s for s in same if ORDER.index(s) < pos][-3:]
    # the theme's "Những tin cũ hơn" keeps to the post's own month
    month = _publ(story)[0][:7]
    older = [s for s in same if ORDER.index(s) > pos and _publ(s)[0][:7] == month][:3]
    out = ""
    for label, items in (("Những tin mới hơn", newer), ("Những tin cũ hơn", older)):
        if not items:
            continue
        lis = "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{post_path(s)}" '
            f'title="{esc(s.title)}">{esc(_clip(s.title))}</a> <em>({_dmy(_publ(s)[0])})</em></li>'
            for s in items)
        out += (f'<div class="news_column panel panel-default"><div class="panel-body other-news">'
                f'<p class="h3"><strong>{label}</strong></p><div class="clearfix"><ul class="related '
                f'list-items">{lis}</ul></div></div></div>')
    return out


def article_main(story: Story, via_cat: str, printing: bool = False) -> str:
    day, hm = _publ(story)
    home = _home_img(story)
    fig_left = fig_full = ""
    if home is not None and home.style in ("homeleft", "homeleftnote"):
        if home.printed:
            fig_left = (f'<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');">'
                        f'<div id="imgpreview" style="width:183px;"><p class="text-center">'
                        f'<img alt="{esc(home.printed)}" src="{home.src}" class="img-thumbnail"/></p>'
                        f"<figcaption>{esc(home.printed)}</figcaption></div></figure>")
        else:
            fig_left = (f'<figure class="article left noncaption pointer" style="width:183px;" '
                        f'onclick="modalShowByObj(this);"><p class="text-center"><img alt="'
                        f'{esc(story.title)}" src="{home.src}" width="183" class="img-thumbnail"/>'
                        "</p></figure>")
    elif home is not None:
        note = f"<figcaption>{esc(home.printed)}</figcaption>" if home.printed else ""
        alt = home.printed or story.title
        fig_full = (f'<figure class="article center"><img alt="{esc(alt)}" src="{home.src}" '
                    f'width="640" class="img-thumbnail" />{note}</figure>')
    hometext = ""
    if story.sapo_outside and story.summary:
        hometext = f'<div class="hometext m-bottom" itemprop="description">{esc(story.summary)}</div>'
    byline = ""
    if story.opts.get("author_line"):
        byline += (f'<p class="h5 text-right"><strong>Tác giả: </strong>'
                   f'{esc(story.opts["author_line"])}</p>')
    if story.opts.get("source_line"):
        name, link = story.opts["source_line"]
        shown = f'<a title="{esc(name)}" rel="nofollow" href="{link}">{esc(name)}</a>' if link else esc(name)
        byline += f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{shown}</p>'
    if printing:
        return (f'<div id="print"><div class="title">{esc(story.title)}</div>'
                f'<div class="time">{_weekday(day)} - {_dmy(day)} {hm}</div>'
                f'<div class="hometext">{esc(story.summary) if story.sapo_outside and story.summary else ""}'
                f"</div>{fig_left}{fig_full}<div class=\"bodytext\">{render_body(story)}</div>"
                f'<div class="copyright">{byline}</div><div class="footer">© {SITE}</div></div>')
    tool = (
        '<ul class="list-inline text-right">'
        '<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" '
        f"onclick=\"nv_open_browse('/sendmail/{story.cat}/{story.slug}-{story.id}.html','',650,500,"
        "'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false\">"
        '<em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
        '<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" '
        f"onclick=\"nv_open_browse('{print_path(story)}','',840,500,'resizable=no,scrollbars=yes,"
        "toolbar=no,location=no,status=no');return false\"><em class=\"fa fa-print fa-lg\">&nbsp;</em>"
        "</a></li></ul>"
    )
    attach = ""
    if story.opts.get("attach"):
        fname = story.opts["attach"]
        dl = f"{post_path(story, via_cat)}?download=1&amp;id=0"
        attach = (
            '<div class="news_column panel panel-default"><div class="panel-heading">'
            '<em class="fa fa-download"></em> <strong>Tập tin đính kèm</strong></div>'
            '<div class="list-group news-download-file"><div class="list-group-item">'
            f'<span class="badge"><a role="button" data-toggle="tooltip" title="Xem trực tuyến" '
            f'href="https://docs.google.com/viewer?embedded=true&amp;url=http%3A%2F%2Fmnsonca.edu.vn'
            f'%2Fuploads%2Fnews%2F{fname}" target="_blank"><em class="fa fa-eye"></em></a></span>'
            f'<a href="{dl}" title="{fname}">{fname}</a></div></div></div>'
        )
    tags = "".join(f'<a title="{esc(TAGS[t])}" href="/tags/{t}"><em>{esc(TAGS[t])}</em></a>, '
                   for t in story.opts.get("tags", []))
    keywords = ""
    if tags:
        keywords = (f'<div class="news_column panel panel-default"><div class="panel-body">'
                    f'<div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
                    f"{tags.rstrip(', ')}</div></div></div>")
    score = 4 + story.id % 5
    rating = (
        '<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" '
        'action=""><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: '
        f"{score * 5} trong {score} đánh giá</p>"
        '<div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết '
        'rất kém" />…<input class="hover-star" type="radio" value="5" title="Bài viết rất tốt" />'
        '<span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div>'
        "</div></form></div></div>"
    )
    comments = ""
    if story.opts.get("comments"):
        lis = "".join(
            f'<li class="media"><a class="pull-left" href="#"><img class="media-object bg-gainsboro" '
            f'src="/themes/default/images/users/no_avatar.png" alt="{esc(who)}" width="40"/></a>'
            f'<div class="media-body"><div><strong>{esc(who)}</strong> - <em>{_dmy(_publ(story)[0])} '
            f'20:1{n}</em></div><p>{esc(text)}</p></div></li>'
            for n, (who, text) in enumerate(story.opts["comments"]))
        comments = (
            '<div class="news_column panel panel-default"><div class="panel-body">'
            '<div id="idcomment" class="nv-fullbg"><div class="row clearfix margin-bottom-lg">'
            '<div class="col-xs-12 text-left"><p class="comment-title"><em class="fa fa-comments">'
            '&nbsp;</em> Ý kiến bạn đọc</p></div></div><div id="showcomment" class="margin-bottom-lg">'
            f'<ul class="comment-list">{lis}</ul></div></div></div></div>'
        )
    return (
        '<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" '
        'itemscope><div class="panel-body">'
        f'<h1 class="title margin-bottom-lg" itemprop="headline">{esc(story.title)}</h1>'
        '<div class="row margin-bottom-lg"><div class="col-md-12">'
        f'<span class="h5">{_weekday(day)} - {_dmy(day)} {hm}</span></div>'
        f'<div class="col-md-12">{tool}</div></div>'
        f'<div class="clearfix">{fig_left}{hometext}{fig_full}</div>'
        f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{render_body(story)}</div>'
        f'<div class="margin-bottom-lg">{byline}</div>'
        "</div></div>"
        f"{attach}{keywords}{rating}{comments}{_related(story)}"
    )


def article_page(request: Request, story: Story, via_cat: str) -> Response:
    day, hm = _publ(story)
    edited = story.opts.get("edited", f"{day} {hm}")
    canonical = base_url(request) + post_path(story)
    desc = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    head = (
        f'<meta name="description" content="{esc(desc[:160])}" />'
        f'<meta name="keywords" content="{esc(", ".join(TAGS[t] for t in story.opts.get("tags", [])))}" />'
        f'<meta property="og:title" content="{esc(story.title)}" />'
        '<meta property="og:type" content="article" />'
        f'<meta property="og:description" content="{esc(desc[:160])}" />'
        f'<meta property="og:site_name" content="{SITE}" />'
        f'<meta property="og:url" content="{canonical}" />'
        f'<meta property="article:published_time" content="{_meta_time(day, hm)}" />'
        f'<meta property="article:modified_time" content="{_meta_time(*edited.split())}" />'
        f'<meta property="article:section" content="{esc(CATS[story.cat][0])}" />'
        f'<link rel="canonical" href="{canonical}" />'
    )
    cat_title = CATS[via_cat][0]
    crumbs = [(f"/{via_cat}/", cat_title)]
    if via_cat == "thong-bao":
        crumbs.insert(0, ("/tin-tuc/", CATS["tin-tuc"][0]))
    body = page(request, f"{story.title} - {cat_title} - {SITE}", article_main(story, via_cat),
                head=head, crumbs=crumbs)
    return html(body)


def print_page(story: Story) -> Response:
    body = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(story.title)}</title>'
            f'<meta name="robots" content="noindex, nofollow" /><link rel="StyleSheet" '
            f'href="/themes/mamnon/css/news.print.css"></head><body onload="window.print()">'
            f'<div id="print-header"><img src="/uploads/logo-son-ca.png" alt="{SITE}" width="60" /> '
            f"{SITE}</div>{article_main(story, story.cat, printing=True)}</body></html>")
    return html(body)


# --- listings -------------------------------------------------------------------------------


def _meta_line(s: Story) -> str:
    day, hm = _publ(s)
    return ('<div class="text-muted"><ul class="list-unstyled list-inline">'
            f'<li><em class="fa fa-clock-o">&nbsp;</em> {_dmy(day)} {hm}</li>'
            f'<li><em class="fa fa-eye">&nbsp;</em> {s.views()}</li>'
            '<li><em class="fa fa-comment-o">&nbsp;</em> 0</li></ul></div>')


def _intro(s: Story) -> str:
    if s.summary:
        return s.summary
    return next(b.text for b in s.blocks if isinstance(b, P))[:180]


def main_bottom(items: list[Story], via_cat: str, heading: str | None = None) -> str:
    if not items:
        return ""
    first, rest = items[0], items[1:]
    link = post_path(first, via_cat)
    head = ""
    if heading:
        head = (f'<div class="panel-heading"><h2><a href="/{via_cat}/" title="{esc(heading)}">'
                f"{esc(heading)}</a></h2></div>")
    lis = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a class="show" href="{post_path(s, via_cat)}" '
        f'title="{esc(s.title)}">{esc(_clip(s.title))}</a> <span class="text-muted small">'
        f"({_dmy(_publ(s)[0])})</span></li>" for s in rest)
    return (
        f'<div class="news_column panel panel-default">{head}<div class="panel-body">'
        f'<h3><a href="{link}" title="{esc(first.title)}">{esc(first.title)}</a></h3>'
        f"{_meta_line(first)}"
        f'<a href="{link}" title="{esc(first.title)}"><img alt="{esc(first.title)}" '
        f'src="{_thumb(first)}" width="183" class="img-thumbnail pull-left imghome" /></a>'
        f'<p class="text-justify">{esc(_intro(first))}</p><div class="clearfix"></div>'
        + (f'<ul class="related list-items">{lis}</ul>' if lis else "")
        + "</div></div>"
    )


def _pagination(alias: str, current: int, pages: int) -> str:
    if pages < 2:
        return ""
    out = ['<div class="text-center"><ul class="pagination">']
    if current > 1:
        prev = f"/{alias}/" if current == 2 else f"/{alias}/page-{current - 1}"
        out.append(f'<li><a href="{prev}" title="Trang {current - 1}">&laquo;</a></li>')
    for n in range(1, pages + 1):
        href = f"/{alias}/" if n == 1 else f"/{alias}/page-{n}"
        if n == current:
            out.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            out.append(f'<li><a href="{href}" title="Trang {n}">{n}</a></li>')
    if current < pages:
        out.append(f'<li><a href="/{alias}/page-{current + 1}" title="Trang {current + 1}">&raquo;</a></li>')
    out.append("</ul></div>")
    return "".join(out)


def category_page(request: Request, alias: str, n: int) -> Response | None:
    title, per = CATS[alias]
    posts = cat_posts(alias)
    pages = (len(posts) + per - 1) // per
    if n < 1 or n > pages:
        return None
    chunk = posts[(n - 1) * per : n * per]
    crumbs = [(f"/{alias}/", title)]
    if alias == "thong-bao":
        crumbs.insert(0, ("/tin-tuc/", CATS["tin-tuc"][0]))
    main = (f'<h1 class="hidden">{esc(title)}</h1>' + main_bottom(chunk, alias)
            + _pagination(alias, n, pages))
    suffix = f" - Trang {n}" if n > 1 else ""
    head = f'<link rel="canonical" href="{base_url(request)}/{alias}/{"page-" + str(n) if n > 1 else ""}" />'
    return html(page(request, f"{title}{suffix} - {SITE}", main, head=head, crumbs=crumbs))


def home_page(request: Request) -> Response:
    blocks = "".join(main_bottom(cat_posts(a)[:3], a, heading=t) for a, (t, _) in CATS.items())
    marquee = ('<div class="panel panel-default"><div class="panel-body"><marquee scrollamount="3">'
               "Chào mừng quý phụ huynh đến với website Trường Mầm non Sơn Ca! Nhà trường nhận trẻ "
               "từ 18 tháng đến 6 tuổi.</marquee></div></div>")
    head = ('<meta name="description" content="Trường Mầm non Sơn Ca - thành phố Tuy Hòa - tỉnh Phú Yên" />'
            f'<link rel="canonical" href="{base_url(request)}/" />')
    return html(page(request, SITE, marquee + blocks, head=head))


def tag_page(request: Request, tag: str) -> Response | None:
    if tag not in TAGS:
        return None
    items = [s for s in ORDER if tag in s.opts.get("tags", [])]
    lis = "".join(
        f'<div class="news_column panel panel-default"><div class="panel-body"><h3><a href="'
        f'{post_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></h3>{_meta_line(s)}'
        f"<p>{esc(_intro(s))}</p></div></div>" for s in items)
    main = f'<div class="alert alert-info">Các bài viết có từ khóa: <strong>{esc(TAGS[tag])}</strong></div>{lis}'
    return html(page(request, f"{TAGS[tag]} - Tags - {SITE}", main, crumbs=[(f"/tags/{tag}", "Tags")]))


# --- static pages ---------------------------------------------------------------------------

PAGES = {
    "gioi-thieu": ("Lịch sử nhà trường", [
        "Trường Mầm non Sơn Ca được thành lập năm 1998 trên cơ sở sáp nhập hai nhà trẻ của Phường 7.",
        "Hiện nay trường có 12 nhóm, lớp với 386 trẻ; 38 cán bộ, giáo viên, nhân viên.",
        "Trường đạt chuẩn quốc gia mức độ 1 năm 2019 và kiểm định chất lượng cấp độ 3 năm 2024.",
    ]),
    "co-so-vat-chat": ("Cơ sở vật chất", [
        "Trường có 12 phòng học kiên cố, bếp ăn một chiều, phòng âm nhạc, phòng năng khiếu và sân "
        "chơi rộng 1.200 m² với nhiều đồ chơi ngoài trời.",
    ]),
    "che-do-sinh-hoat-mot-ngay": ("Chế độ sinh hoạt một ngày", [
        "06g45 – 07g45: Đón trẻ, chơi, thể dục sáng",
        "07g45 – 09g30: Học, chơi ở các góc",
        "10g30 – 11g30: Ăn trưa",
        "11g30 – 14g00: Ngủ trưa",
        "16g15 – 17g00: Trả trẻ",
    ]),
}


def static_page(request: Request, alias: str) -> Response | None:
    if alias not in PAGES:
        return None
    title, paras = PAGES[alias]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = (f'<div class="page panel panel-default"><div class="panel-body"><h1 class="title '
            f'margin-bottom-lg">{esc(title)}</h1><div class="bodytext">{body}</div>'
            '<p class="text-right small text-muted">Cập nhật: 15/09/2026</p></div></div>')
    return html(page(request, f"{title} - {SITE}", main, crumbs=[(f"/page/{alias}.html", title)]))


def contact_page(request: Request) -> Response:
    main = ('<div class="panel panel-default"><div class="panel-body"><h1>Liên hệ</h1>'
            "<p>Trường Mầm non Sơn Ca – 45 Lê Trung Kiên, Phường 7, thành phố Tuy Hòa.</p>"
            '<form action="/contact/" method="post"><input name="ftitle" class="form-control" '
            'placeholder="Tiêu đề" /><textarea name="fcon" class="form-control"></textarea>'
            '<input type="submit" value="Gửi thư" class="btn btn-primary" /></form></div></div>')
    return html(page(request, f"Liên hệ - {SITE}", main, crumbs=[("/contact/", "Liên hệ")]))


def album_page(request: Request) -> Response:
    imgs = "".join(f'<div class="col-xs-12 col-md-8"><a href="/uploads/photos/2026_12/hoi-thi-{i}.jpg" '
                   f'class="fancybox"><img src="/uploads/photos/2026_12/thumb-{i}.jpg" alt="Ảnh {i}" '
                   f'class="img-thumbnail" /></a></div>' for i in range(1, 7))
    main = ('<div class="panel panel-default"><div class="panel-body"><h1>Hội thi Bé khỏe – Bé ngoan '
            '2026</h1><p class="text-muted">Album gồm 6 ảnh - Ngày đăng: 04/12/2026</p>'
            f'<div class="row">{imgs}</div></div></div>')
    return html(page(request, f"Hội thi Bé khỏe – Bé ngoan 2026 - Thư viện ảnh - {SITE}", main,
                     crumbs=[("/photos/hoi-thi-be-khoe-be-ngoan-7.html", "Thư viện ảnh")]))


def seek_page(request: Request) -> Response:
    q = request.params.get("q", "")
    main = (f'<div class="panel panel-default"><div class="panel-body"><h1>Tìm kiếm</h1><p>Không '
            f"tìm thấy kết quả nào cho “{esc(q)}”.</p></div></div>")
    return html(page(request, f"Tìm kiếm - {SITE}", main))


# --- routing --------------------------------------------------------------------------------

_POST = re.compile(r"^/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_PRINT = re.compile(r"^/print/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_LIST = re.compile(r"^/([a-z0-9-]+)/(?:page-(\d+))?$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return home_page(request) if not request.query else None
        if m := _PRINT.match(path):
            story = BY_ID.get(int(m.group(3)))
            if story and m.group(1) == story.cat and m.group(2) == story.slug:
                return print_page(story)
            return None
        if path == "/photos/hoi-thi-be-khoe-be-ngoan-7.html":
            return album_page(request)
        if m := _POST.match(path):
            cat, _slug, sid = m.group(1), m.group(2), int(m.group(3))
            story = BY_ID.get(sid)
            if story is None or cat not in CATS:
                return None
            if request.params.get("download") == "1":
                if story.opts.get("attach") and request.params.get("id") == "0":
                    return Response(200, PDF, {
                        "Content-Type": "application/pdf",
                        "Content-Disposition": f'attachment; filename="{story.opts["attach"]}"'})
                return None
            allowed = [story.cat, *story.opts.get("also", [])]
            if cat not in allowed or m.group(2) != story.slug:
                return redirect(post_path(story), 301)
            return article_page(request, story, cat)
        if m := re.match(r"^/page/([a-z0-9-]+)\.html$", path):
            return static_page(request, m.group(1))
        if path.rstrip("/") == "/contact":
            return contact_page(request)
        if path.rstrip("/") == "/seek":
            return seek_page(request)
        if m := re.match(r"^/tags/([a-z0-9-]+)$", path):
            return tag_page(request, m.group(1))
        if (m := _LIST.match(path)) and m.group(1) in CATS:
            n = int(m.group(2) or 1)
            if m.group(2) == "1":
                return redirect(f"/{m.group(1)}/", 301)
            return category_page(request, m.group(1), n)
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/index.php":
            return static_file(path) or (static_file(".gif") if path == "/index.php" else None)
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    alts = [post_path(story, c) for c in story.opts.get("also", [])] + [print_path(story)]
    return gold_record(story, post_path(story), CATS[story.cat][0], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/page/gioi-thieu.html",
    "/page/co-so-vat-chat.html",
    "/page/che-do-sinh-hoat-mot-ngay.html",
    "/contact/",
    "/photos/hoi-thi-be-khoe-be-ngoan-7.html",
]
