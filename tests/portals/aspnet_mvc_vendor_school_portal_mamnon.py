"""Trường Mầm non Hoa Hồng (TP Long Xuyên, An Giang) on a vendor's ASP.NET MVC 5 school portal.

Platform
--------
A packaged "cổng thông tin trường mầm non" product (ASP.NET MVC 5, Razor, jQuery 1.10, Bootstrap 3,
jquery.unobtrusive-ajax, fancybox 2, jquery.lazyload, CKEditor 4 for the text), in its colourful
kindergarten theme ("mamnon-xanhla"). MVC bundles (``/bundles/jquery?v=…``, ``/Content/css?v=…``),
an anti-forgery token in every form, a parents' login box in the sidebar, PagedList.Mvc pagers.

URL scheme
----------
- ``/``                                   home: slider, boxes "Hoạt động của bé", "Thực đơn",
                                           "Thông báo" (a marquee), "Góc phụ huynh", "Thư viện ảnh"
- ``/tin-tuc/danh-muc/<id>/<slug>?page=n``  category listing (PagedList pager "«", 1, 2, "»";
                                           "Thông báo" uses a table and an Ajax "Xem thêm" link)
- ``/tin-tuc/chi-tiet/<id>/<slug>``        article (the route ignores the slug; ``/tin-tuc/chi-tiet/<id>``
                                           serves it too, and so does MVC's default route
                                           ``/TinTuc/ChiTiet/<id>``; an unknown id redirects 302 to
                                           ``/Home/Loi404``, which answers 200)
- ``/thu-vien-anh`` and ``/thu-vien-anh/<id>``  photo albums
- ``/thuc-don/<yyyy>/<iso week>``          weekly menus (weeks 48 and 49 of 2026 exist)
- ``/gioi-thieu``, ``/lien-he``, ``/tim-kiem?tukhoa=``, ``/Account/DangNhap``, ``/Account/QuenMatKhau``
- ``/Content/Uploads/<yyyy>/<mm>/<file>``  uploaded images; ``/Content/themes/…`` theme images

Page templates
--------------
Every page: top bar with the day ("Thứ Bảy, 05/12/2026") and a hotline, banner, Bootstrap navbar with
drop-downs (the "Tin tức" parent is a ``href="#"`` toggle), a coloured category banner whose ``<h1>``
is the section name, a breadcrumb, the main column, the sidebar (login box, "Tin xem nhiều",
"Liên kết website" select, poll, visitor counter) and the footer.

Article (``.khung-chitiet``): ``<h2 class="tieude-ct">`` headline, ``.thongtin-ct`` bar ("Ngày đăng:
dd/MM/yyyy", sometimes "Cập nhật lúc HH:mm dd/MM/yyyy", "Lượt xem: n", "Người đăng: quantri_mnhh"),
``.mota-ct`` (the "Mô tả" field, bold), ``#divNoiDung.noidung-ct`` (CKEditor HTML, then the vendor's
own widgets), ``#pnlAlbum`` (the fancybox gallery of the children's activity), "Tin khác" (the three
newest other articles of the category, dated in en-US culture), Facebook comments.

How each gold article is reached
--------------------------------
Category "Hoạt động của bé" (id 2, 4 a page): 1231, 1228, 1224, 1219 on page 1; 1212 and 1203 on
page 2 only (the home box shows the three newest, "Tin khác" the three newest others).
Category "Thông báo" (id 3, 2 a page): 1230, 1222 on page 1 (and in the home marquee under the
default route); 1207 on page 2 (Ajax "Xem thêm" link with a real href) and in their "Tin khác".
Category "Góc phụ huynh" (id 6, 3 a page): 1229, 1225, 1216 on page 1; 1201 on page 2 and in the
others' "Tin khác".

Traps
-----
1. Headline is not the h1 (new kind: where the title lives). The only ``<h1>`` on an article page is
   the colourful category banner ("Hoạt động của bé"); ``<title>`` is the view's fixed "Chi tiết tin
   tức | Trường Mầm non Hoa Hồng" and og:title the school's name. Gold title: the
   ``<h2 class="tieude-ct">`` text.
2. Auto-filled "Mô tả" (new kind: a pseudo-sapo). When the teacher leaves the short description
   empty, the product fills it with the first ~150 characters of the text plus "..."; the template
   prints it above the text in the same bold ``.mota-ct`` as a real one (1228, 1216). Gold: summary
   null and the body starts with the full first paragraph, once. Where the Mô tả is written by hand
   (1231, 1229) it is the sapo: summary, and the body's first paragraph.
3. Gallery outside the text, lazy-loaded (new kind: article photos outside the text container, behind
   a placeholder). ``#pnlAlbum`` sits after ``#divNoiDung``; each ``<img>`` has
   ``src="/Content/themes/mamnon/images/loading.gif"`` and the real file in ``data-original`` (the
   fancybox anchor's href is the same file). Its visible caption is ``<p class="chuthich-anh">``;
   items without one carry only a file name in the anchor's title. Gold images: the text's images,
   then the gallery's, with the real ``/Content/Uploads/…`` paths; caption None where no line is printed.
4. Soft 404 (new kind). "Tin xem nhiều" still lists a deleted article (1188, Trung thu); its URL
   redirects 302 to ``/Home/Loi404``, which answers 200 with the whole chrome and "Bài viết không
   tồn tại hoặc đã bị gỡ bỏ". Gold: no record.
5. og:url echoes the requested URL and there is no rel=canonical (new kind: a canonical that is not
   one). Together with the slug-agnostic route, MVC's default route ``/TinTuc/ChiTiet/<id>`` in the
   home marquee, bare ``/tin-tuc/chi-tiet/<id>`` links in the home boxes and "Tin xem nhiều", and an
   old slug for 1224 (its title was edited; "Tin khác" still links ``…/1224/be-lam-banh-bo``), one
   article has up to four URLs. Gold: path = canonical_path = the listing's slug URL; the others in
   alt_paths.
6. Raw "đ" in a slug (new kind: an IRI path). The product's slugifier strips tone marks but forgets
   "đ", so 1212 is linked as ``/tin-tuc/chi-tiet/1212/ngay-hoi-be-đi-đuong-an-toan`` with raw UTF-8
   in the href. Gold path: the percent-encoded form ``…/ngay-hoi-be-%C4%91i-%C4%91uong-an-toan``.
7. Content-like non-articles (new kind). Weekly menu pages (``/thuc-don/2026/49``: headline "Thực
   đơn tuần 49 …", "Ngày đăng", a table) and album pages (headline, "Ngày đăng", a description
   paragraph, photos) are built like articles. Gold: NON_ARTICLES, no records.
8. Dates (listed kind). The listing prints the draft's "Ngày tạo", a day or more before the
   publication; the info bar of some articles adds "Cập nhật lúc 08:15 04/12/2026"; "Tin khác" prints
   dates in en-US culture ("12/1/2026"); the header prints today. Gold: the "Ngày đăng" day only
   (the product prints no time); for the official notice 1230 the letterhead's day 2026-12-01.
9. Kindergarten bylines (listed kind). "Người viết: Cô Nguyễn Thị Thu Hà – GV lớp Lá 2" ("Cô" is the
   teacher's title, then her post) -> "Nguyễn Thị Thu Hà"; "Tin, ảnh: Lê Thị Mỹ Duyên" -> author and
   photographer; a right-aligned "Tổ chuyên môn khối Chồi" / "Ban Giám hiệu" / "Bộ phận Y tế – Dinh
   dưỡng" is the author as printed; "Phạm Thị Kim Ngân – Nhân viên y tế" -> the name; "BBT" and the
   info bar's "Người đăng: quantri_mnhh" -> nobody; "Ảnh: Trần Quốc Bảo" under a photo -> photographer,
   no caption.
10. Widgets inside the text container (listed kind). ``#divNoiDung`` ends with the product's own
   "Tập tin đính kèm", "Xem thêm hình ảnh: <album link>", "Từ khóa:" tags, a "« Quay lại | In bài |
   Đầu trang" bar and a Facebook like box. Gold: none of them is body.
11. Pagination (listed kind). PagedList.Mvc: disabled "«"/"»" are ``<a>`` without href, page 1 is
   linked as ``?page=1`` from page 2; "Thông báo" has no pager but an unobtrusive-Ajax "Xem thêm"
   (``data-ajax="true"``, href fallback; with ``X-Requested-With`` it answers table rows only); the
   home cards are ``onclick`` divs (the headline inside is a real link).
12. CKEditor 4 output (listed kind: encodings/markup). ``config.entities`` writes Latin-1 letters
   and typographic quotes as named entities (``&agrave;``, ``&ecirc;``, ``&ldquo;``) next to raw
   UTF-8 for the other Vietnamese letters; 1224 was typed in BR enter mode (``<br />`` lines in one
   div); 1219 and 1201 were pasted from Word (``MsoNormal`` spans, ``<o:p>``); ``<p>&nbsp;</p>``
   spacers. Gold: the text as a reader sees it, one paragraph per ``<p>``/line.

Gold decisions on ambiguous points
----------------------------------
- 1230 is an official document: letterhead table, "THÔNG BÁO"/"Về việc …", "Nơi nhận" and the
  signer's block are not body; its date is the letterhead's day; the signer is the author. Its last
  paragraph keeps the printed "./.".
- Table rows (1222's schedule) are paragraphs with cells joined by " | ", header row included.
- Typed emoji at the start of list items (1225) are kept as printed.
- "Theo Sức khỏe & Đời sống" (1229) -> source "Sức khỏe & Đời sống"; "Nguồn: Trung tâm Kiểm soát
  bệnh tật tỉnh An Giang" (1201) -> that name.
- Gallery items whose anchor title is only a file name ("IMG_4512.JPG") have caption None.
- The category is the section the breadcrumb prints before the headline.
"""

from __future__ import annotations

import html as _html
import re
from html.entities import codepoint2name
from urllib.parse import quote, unquote

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
    opaque,
    static_file,
)

NAME = "aspnet_mvc_vendor_school_portal_mamnon"
PLATFORM = "ASP.NET MVC 5 vendor kindergarten portal (Bootstrap 3, PagedList, CKEditor 4, fancybox)"
START_PATH = "/"

SCHOOL = "Trường Mầm non Hoa Hồng"
TODAY_LINE = "Thứ Bảy, 05/12/2026"

# --- categories -----------------------------------------------------------------------------

CATS = {
    "hdcb": {"id": 2, "slug": "hoat-dong-cua-be", "name": "Hoạt động của bé", "size": 4},
    "tb": {"id": 3, "slug": "thong-bao", "name": "Thông báo", "size": 2},
    "gph": {"id": 6, "slug": "goc-phu-huynh", "name": "Góc phụ huynh", "size": 3},
}


def cat_path(key: str, page: int | None = None) -> str:
    c = CATS[key]
    base = f"/tin-tuc/danh-muc/{c['id']}/{c['slug']}"
    return base if page is None else f"{base}?page={page}"


# --- the articles ---------------------------------------------------------------------------

U = "/Content/Uploads"


def _right(line: str, italic: bool = False) -> Raw:
    inner = f"<em>{line}</em>" if italic else f"<strong>{line}</strong>"
    return Raw(f'<p style="text-align: right;">{inner}</p>')


STORIES: list[Story] = [
    Story(
        id=1231,
        slug="be-vui-hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027",
        title="Bé vui hội thi “Bé khỏe – Bé ngoan” năm học 2026 – 2027",
        cat="hdcb",
        published_at="2026-12-03",
        summary=(
            "Sáng ngày 02/12/2026, Trường Mầm non Hoa Hồng tổ chức hội thi “Bé khỏe – Bé ngoan” "
            "cấp trường với sự tham gia của 210 bé thuộc ba khối Mầm, Chồi, Lá."
        ),
        sapo_outside=True,
        authors=["Nguyễn Thị Thu Hà"],
        blocks=[
            P("Hội thi nhằm đánh giá kết quả giáo dục phát triển thể chất và kỹ năng sống của trẻ sau ba tháng đầu năm học, đồng thời tạo sân chơi bổ ích, giúp bé mạnh dạn, tự tin trước đông người."),
            P("Đến dự và cổ vũ hội thi có đại diện Ban đại diện cha mẹ học sinh nhà trường cùng đông đảo phụ huynh các lớp. Sân trường được trang trí rực rỡ với cờ hoa, bong bóng và những mô hình ngộ nghĩnh do chính các cô giáo tự làm từ nguyên vật liệu tái chế."),
            P("Phần thi “Bé khỏe”", "h3"),
            P("Ở phần thi này, các bé thể hiện kỹ năng vận động qua các trò chơi: bật qua vòng, bò chui qua cổng, ném bóng vào rổ và chạy tiếp sức. Nhiều bé khối Lá hoàn thành đường chạy chướng ngại vật chỉ trong chưa đầy một phút."),
            Img(f"{U}/2026/12/hoithi-bekhoe-01.jpg", "Bé lớp Lá 1 thi bật qua vòng", "Bé lớp Lá 1 thi bật qua vòng", "fig"),
            P("Phần thi “Bé ngoan”", "h3"),
            P("Các bé khối Mầm, Chồi trổ tài tự mặc áo, cài nút, xếp khăn; các bé khối Lá thi chào hỏi lễ phép, kể chuyện về gia đình và giới thiệu món ăn yêu thích. Phần trả lời ngây thơ, hồn nhiên của các bé nhiều lần khiến khán giả bật cười."),
            P("Kết thúc hội thi, Ban tổ chức trao 3 giải Nhất, 6 giải Nhì, 9 giải Ba và 12 giải Khuyến khích cho các bé đạt thành tích cao. Những bé còn lại đều được tặng quà lưu niệm để động viên tinh thần."),
            P("Cô Trần Thị Ngọc Lan, Hiệu trưởng nhà trường, cho biết: “Qua hội thi, nhà trường mong muốn phụ huynh thấy được sự tiến bộ của con em mình, từ đó cùng phối hợp với cô giáo rèn luyện cho trẻ thói quen vận động và nề nếp tốt ở nhà”."),
            Raw("<p>&nbsp;</p>"),
            _right("Người viết: Cô Nguyễn Thị Thu Hà – GV lớp Lá 2"),
            Img(f"{U}/2026/12/hoithi-bekhoe-02.jpg", "Các bé khối Chồi thi ném bóng vào rổ", "Các bé khối Chồi thi ném bóng vào rổ", "gallery"),
            Img(f"{U}/2026/12/hoithi-bekhoe-03.jpg", None, None, "gallery"),
            Img(f"{U}/2026/12/hoithi-bekhoe-04.jpg", "Bé Gia Hân lớp Lá 2 kể chuyện về gia đình", "Bé Gia Hân lớp Lá 2 kể chuyện về gia đình", "gallery"),
            Img(f"{U}/2026/12/hoithi-bekhoe-05.jpg", "Ban tổ chức trao giải cho các bé", "Ban tổ chức trao giải cho các bé", "gallery"),
        ],
        opts={"mota": "real", "created": "01/12/2026", "updated": "08:15 04/12/2026",
              "tags": ["bé khỏe bé ngoan", "hội thi", "phát triển thể chất"], "album": 15},
    ),
    Story(
        id=1228,
        slug="lop-choi-2-tham-quan-khu-luu-niem-chu-tich-ton-duc-thang",
        title="Lớp Chồi 2 tham quan Khu lưu niệm Chủ tịch Tôn Đức Thắng",
        cat="hdcb",
        published_at="2026-11-28",
        authors=["Lê Thị Mỹ Duyên"],
        photographers=["Lê Thị Mỹ Duyên"],
        blocks=[
            P("Nhằm giúp trẻ tìm hiểu về quê hương An Giang và cuộc đời của Chủ tịch Tôn Đức Thắng, sáng ngày 27/11/2026, cô và trò lớp Chồi 2 Trường Mầm non Hoa Hồng đã có chuyến tham quan Khu lưu niệm Chủ tịch Tôn Đức Thắng ở cù lao Ông Hổ, xã Mỹ Hòa Hưng."),
            P("Các bé được đi đò qua sông Hậu, một trải nghiệm mới lạ khiến bé nào cũng háo hức. Trên đò, cô giáo nhắc các bé mặc áo phao, ngồi ngay ngắn và không thò tay xuống nước."),
            Img(f"{U}/2026/11/thamquan-choi2-01.jpg", "(Các bé mặc áo phao trước khi lên đò)", "Các bé mặc áo phao trước khi lên đò", "em"),
            P("Tại khu lưu niệm, các bé được cô hướng dẫn viên kể về thời niên thiếu của Bác Tôn, tham quan ngôi nhà sàn bằng gỗ nơi Bác sinh ra và lớn lên. Nhiều bé chăm chú lắng nghe và đặt những câu hỏi rất đáng yêu như “Hồi nhỏ Bác Tôn có đi học mẫu giáo không cô?”."),
            P("Sau phần tham quan, các bé cùng nhau dâng hoa, chụp ảnh lưu niệm và chơi trò chơi dân gian “Rồng rắn lên mây” dưới hàng cây xanh mát."),
            P("Chuyến đi đã để lại trong các bé nhiều ấn tượng đẹp, góp phần giáo dục lòng yêu quê hương, đất nước ngay từ tuổi mầm non."),
            _right("Tin, ảnh: Lê Thị Mỹ Duyên"),
            Img(f"{U}/2026/11/thamquan-choi2-02.jpg", "Bé dâng hoa tại khu lưu niệm", "Bé dâng hoa tại khu lưu niệm", "gallery"),
            Img(f"{U}/2026/11/thamquan-choi2-03.jpg", "Cả lớp chụp ảnh lưu niệm", "Cả lớp chụp ảnh lưu niệm", "gallery"),
            Img(f"{U}/2026/11/thamquan-choi2-04.jpg", None, None, "gallery"),
        ],
        opts={"mota": "auto", "created": "27/11/2026", "tags": ["tham quan", "lớp Chồi 2"]},
    ),
    Story(
        id=1224,
        slug="hoat-dong-trai-nghiem-be-lam-banh-bo-thot-not",
        title="Hoạt động trải nghiệm “Bé làm bánh bò thốt nốt”",
        cat="hdcb",
        published_at="2026-11-24",
        authors=["Tổ chuyên môn khối Chồi"],
        blocks=[
            P("Bánh bò thốt nốt là món bánh dân dã, quen thuộc của vùng Bảy Núi An Giang. Để các bé hiểu thêm về đặc sản quê mình, các lớp khối Chồi đã tổ chức hoạt động trải nghiệm “Bé làm bánh bò thốt nốt” vào chiều ngày 23/11/2026."),
            P("Trước giờ hoạt động, các cô chuẩn bị sẵn nguyên liệu gồm bột gạo, đường thốt nốt, nước cốt dừa, men nở và những chiếc khuôn nhỏ xinh."),
            P("Các bé được quan sát, sờ và ngửi từng loại nguyên liệu, gọi tên và nói màu sắc của chúng. Sau đó, bé đeo tạp dề, đội mũ, rửa tay sạch sẽ rồi cùng cô khuấy bột, rót bột vào khuôn."),
            Img(f"{U}/2026/11/banhbo-01.jpg", None, None, "bare"),
            P("Trong lúc chờ bánh hấp chín, cô kể cho các bé nghe sự tích cây thốt nốt và hướng dẫn bé hát bài “Quê hương tươi đẹp”."),
            P("Khi những mẻ bánh bò vàng ươm, thơm phức được lấy ra, cả lớp reo lên thích thú. Bé nào cũng hào hứng mời bạn, mời cô thưởng thức thành quả của mình."),
            P("Hoạt động giúp trẻ phát triển kỹ năng tự phục vụ, khả năng quan sát, ngôn ngữ và thêm yêu những món ăn truyền thống của quê hương."),
            Raw('<div style="text-align: right;"><strong><em>Tổ chuyên môn khối Chồi</em></strong></div>'),
            Img(f"{U}/2026/11/banhbo-02.jpg", None, None, "gallery"),
            Img(f"{U}/2026/11/banhbo-03.jpg", None, None, "gallery"),
        ],
        opts={"form": "br", "created": "24/11/2026", "updated": "15:42 25/11/2026",
              "old_slug": "be-lam-banh-bo", "tags": ["trải nghiệm", "bánh bò thốt nốt"]},
    ),
    Story(
        id=1219,
        slug="chao-mung-ngay-nha-giao-viet-nam-20-11-nhung-bong-hoa-nho-tang-co",
        title="Chào mừng ngày Nhà giáo Việt Nam 20/11: Những bông hoa nhỏ tặng cô",
        cat="hdcb",
        published_at="2026-11-19",
        blocks=[
            P("Trong không khí cả nước hướng về ngày Nhà giáo Việt Nam 20/11, sáng ngày 18/11/2026, Trường Mầm non Hoa Hồng tổ chức chương trình văn nghệ “Những bông hoa nhỏ tặng cô”."),
            P("Chương trình gồm 12 tiết mục múa, hát, đọc thơ do các bé ba khối biểu diễn. Mở đầu là tiết mục múa “Bông hồng tặng cô” của các bé lớp Lá 1, tiếp theo là hợp ca “Cô giáo em” của khối Chồi."),
            Img(f"{U}/2026/11/vannghe-2011-01.jpg", "Tiết mục múa “Bông hồng tặng cô” của lớp Lá 1", "Tiết mục múa “Bông hồng tặng cô” của lớp Lá 1", "em"),
            P("Đặc biệt, các bé khối Mầm dù mới đến trường chưa lâu nhưng đã mạnh dạn lên sân khấu đọc bài thơ “Cô giáo của con” trong tiếng vỗ tay cổ vũ của thầy cô và các anh chị."),
            P("Xen giữa các tiết mục, đại diện Ban đại diện cha mẹ học sinh đã lên tặng hoa, chúc mừng tập thể cán bộ, giáo viên, nhân viên nhà trường."),
            P("Những tấm thiệp do chính tay các bé vẽ, tô màu và dán trang trí đã được gửi tặng các cô, thể hiện lòng biết ơn giản dị mà chân thành của tuổi thơ."),
            _right("BBT"),
            Img(f"{U}/2026/11/vannghe-2011-02.jpg", "Hợp ca “Cô giáo em” của khối Chồi", "Hợp ca “Cô giáo em” của khối Chồi", "gallery"),
            Img(f"{U}/2026/11/vannghe-2011-03.jpg", "Bé khối Mầm đọc thơ", "Bé khối Mầm đọc thơ", "gallery"),
            Img(f"{U}/2026/11/vannghe-2011-04.jpg", "Phụ huynh tặng hoa chúc mừng các cô", "Phụ huynh tặng hoa chúc mừng các cô", "gallery"),
        ],
        opts={"form": "word", "created": "18/11/2026", "tags": ["20/11", "văn nghệ"], "album": 14},
    ),
    Story(
        id=1212,
        slug="ngay-hoi-be-đi-đuong-an-toan",
        title="Ngày hội “Bé đi đường an toàn”",
        cat="hdcb",
        published_at="2026-11-06",
        authors=["Ngọc Trâm"],
        blocks=[
            P("Hưởng ứng chương trình giáo dục an toàn giao thông cho nụ cười ngày mai, ngày 05/11/2026, Trường Mầm non Hoa Hồng phối hợp với Đội Cảnh sát giao thông Công an thành phố Long Xuyên tổ chức ngày hội “Bé đi đường an toàn”."),
            P("Sân trường được bố trí thành một “thành phố thu nhỏ” với vạch kẻ đường, cột đèn tín hiệu, biển báo và vỉa hè dành cho người đi bộ."),
            Img(f"{U}/2026/11/atgt-01.jpg", "Mô hình “thành phố thu nhỏ” trên sân trường", "Mô hình “thành phố thu nhỏ” trên sân trường", "fig"),
            P("Các chú cảnh sát giao thông đã hướng dẫn các bé ý nghĩa của đèn xanh, đèn vàng, đèn đỏ, cách đi bộ qua đường cùng người lớn và cách đội mũ bảo hiểm đúng quy cách."),
            P("Sau phần hướng dẫn, các bé thay phiên nhau thực hành làm người đi bộ, người điều khiển xe đạp và “chú cảnh sát nhí” điều khiển giao thông. Bé nào làm đúng đều được các chú khen và tặng một chiếc mũ bảo hiểm nhỏ."),
            P("Dịp này, nhà trường đề nghị quý phụ huynh luôn đội mũ bảo hiểm cho trẻ khi chở con đến trường và làm gương cho trẻ khi tham gia giao thông."),
            _right("Ngọc Trâm", italic=True),
            Img(f"{U}/2026/11/atgt-02.jpg", "Chú cảnh sát giao thông hướng dẫn bé đội mũ bảo hiểm", "Chú cảnh sát giao thông hướng dẫn bé đội mũ bảo hiểm", "gallery"),
            Img(f"{U}/2026/11/atgt-03.jpg", "Bé thực hành đi bộ qua đường", "Bé thực hành đi bộ qua đường", "gallery"),
        ],
        opts={"created": "05/11/2026", "tags": ["an toàn giao thông"]},
    ),
    Story(
        id=1203,
        slug="be-lop-la-1-trai-nghiem-trong-rau-trong-vuon-truong",
        title="Bé lớp Lá 1 trải nghiệm trồng rau trong vườn trường",
        cat="hdcb",
        published_at="2026-10-22",
        authors=["Võ Thị Bích Tuyền"],
        photographers=["Trần Quốc Bảo"],
        blocks=[
            P("Vườn rau của bé là góc thiên nhiên được Trường Mầm non Hoa Hồng xây dựng từ đầu năm học, nơi các bé được tự tay chăm sóc cây và quan sát sự lớn lên của chúng mỗi ngày."),
            P("Sáng ngày 21/10/2026, các bé lớp Lá 1 cùng cô giáo ra vườn gieo hạt rau muống, rau cải và trồng những cây hành lá đầu tiên của mùa khô."),
            P("Cô giáo hướng dẫn bé cách xới đất, rạch hàng, gieo hạt thưa đều tay rồi phủ một lớp đất mỏng lên trên. Sau đó, các bé dùng bình tưới nhỏ tưới nước nhẹ nhàng cho đất đủ ẩm."),
            Img(f"{U}/2026/10/rau-la1-01.jpg", "Ảnh: Trần Quốc Bảo", None, "em"),
            P("Mỗi nhóm được giao chăm sóc một luống rau có cắm biển tên. Hằng ngày, các bé sẽ ra vườn tưới nước, nhổ cỏ và ghi lại sự thay đổi của cây bằng những bức vẽ ngộ nghĩnh."),
            P("Thông qua hoạt động, trẻ được phát triển kỹ năng lao động tự phục vụ, biết yêu quý thành quả lao động và có ý thức bảo vệ môi trường xanh – sạch – đẹp."),
            _right("Người viết: Cô Võ Thị Bích Tuyền"),
            Img(f"{U}/2026/10/rau-la1-02.jpg", "Bé tưới nước cho luống rau cải", "Bé tưới nước cho luống rau cải", "gallery"),
        ],
        opts={"created": "21/10/2026", "tags": ["vườn rau của bé", "lớp Lá 1"]},
    ),
    Story(
        id=1230,
        slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        cat="tb",
        published_at="2026-12-01",
        authors=["Trần Thị Ngọc Lan"],
        blocks=[
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width: 100%;"><tbody>'
                '<tr><td style="text-align: center; width: 40%;">UBND THÀNH PHỐ LONG XUYÊN<br />'
                "<strong>TRƯỜNG MẦM NON HOA HỒNG</strong></td>"
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
                '<tr><td style="text-align: center;">Số: 142/TB-MNHH</td>'
                '<td style="text-align: right;"><em>Long Xuyên, ngày 01 tháng 12 năm 2026</em></td></tr>'
                "</tbody></table>"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align: center;"><strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>'
            ),
            P("Căn cứ Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027 của Trường Mầm non Hoa Hồng;"),
            P("Căn cứ thông báo của Ủy ban nhân dân tỉnh An Giang về việc nghỉ Tết Dương lịch năm 2027 đối với cán bộ, công chức, viên chức và người lao động,"),
            P("Trường Mầm non Hoa Hồng thông báo đến quý phụ huynh lịch nghỉ Tết Dương lịch năm 2027 như sau:"),
            P("1. Thời gian nghỉ: trẻ nghỉ học 01 ngày, thứ Sáu ngày 01/01/2027. Trẻ đi học lại bình thường vào thứ Hai ngày 04/01/2027."),
            P("2. Trong thời gian nghỉ, đề nghị phụ huynh quan tâm chăm sóc, giữ gìn sức khỏe cho trẻ, không cho trẻ chơi gần ao hồ, sông rạch và các khu vực nguy hiểm."),
            P("3. Nhà trường bố trí cán bộ trực để bảo vệ tài sản, phòng chống cháy nổ trong những ngày nghỉ./."),
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width: 100%;"><tbody><tr>'
                '<td style="width: 50%; vertical-align: top;"><em><strong>Nơi nhận:</strong></em><br />'
                "- Phụ huynh học sinh;<br />- CB, GV, NV;<br />- Lưu: VT.</td>"
                '<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br />'
                "<br /><em>(Đã ký)</em><br /><br /><strong>Trần Thị Ngọc Lan</strong></td>"
                "</tr></tbody></table>"
            ),
        ],
        opts={"posted": "02/12/2026", "created": "01/12/2026", "tags": ["thông báo", "Tết Dương lịch"]},
    ),
    Story(
        id=1222,
        slug="thong-bao-lich-hop-phu-huynh-cac-lop-giua-hoc-ky-i",
        title="Thông báo lịch họp phụ huynh các lớp giữa học kỳ I",
        cat="tb",
        published_at="2026-11-23",
        authors=["Ban Giám hiệu"],
        blocks=[
            P("Nhằm thông tin đến quý phụ huynh tình hình học tập, sinh hoạt của trẻ trong thời gian qua và thống nhất các biện pháp phối hợp chăm sóc, giáo dục trẻ, Trường Mầm non Hoa Hồng tổ chức họp phụ huynh học sinh các lớp giữa học kỳ I theo lịch cụ thể như sau:"),
            P("Khối | Thời gian | Địa điểm", "th"),
            P("Khối Lá | 16 giờ 30, thứ Năm ngày 26/11/2026 | Phòng học từng lớp", "tr"),
            P("Khối Chồi | 16 giờ 30, thứ Sáu ngày 27/11/2026 | Phòng học từng lớp", "tr"),
            P("Khối Mầm | 7 giờ 30, thứ Bảy ngày 28/11/2026 | Hội trường nhà trường", "tr"),
            P("Nội dung cuộc họp: giáo viên chủ nhiệm báo cáo kết quả đánh giá sự phát triển của trẻ; phổ biến kế hoạch hoạt động học kỳ I; lấy ý kiến phụ huynh về chất lượng bữa ăn bán trú."),
            P("Đề nghị quý phụ huynh sắp xếp thời gian đến dự họp đầy đủ, đúng giờ. Trường hợp không thể tham dự, phụ huynh vui lòng báo trước với giáo viên chủ nhiệm lớp."),
            _right("Ban Giám hiệu"),
        ],
        opts={"created": "20/11/2026", "updated": "07:05 24/11/2026", "tags": ["họp phụ huynh"]},
    ),
    Story(
        id=1207,
        slug="thong-bao-lich-kham-suc-khoe-dinh-ky-cho-tre-dot-1",
        title="Thông báo lịch khám sức khỏe định kỳ cho trẻ đợt 1",
        cat="tb",
        published_at="2026-10-14",
        authors=["Phạm Thị Kim Ngân"],
        blocks=[
            P("Thực hiện công tác chăm sóc sức khỏe ban đầu cho trẻ, Trường Mầm non Hoa Hồng phối hợp với Trạm Y tế phường Mỹ Bình tổ chức khám sức khỏe định kỳ đợt 1 cho trẻ toàn trường."),
            P("Thời gian: từ ngày 19/10/2026 đến ngày 23/10/2026, trong giờ học buổi sáng.", "li"),
            P("Nội dung khám: cân đo, khám răng miệng, tai mũi họng, mắt và khám tổng quát.", "li"),
            P("Kết quả khám sẽ được ghi vào sổ theo dõi sức khỏe và thông báo đến phụ huynh qua giáo viên chủ nhiệm.", "li"),
            P("Đề nghị phụ huynh cho trẻ đi học đầy đủ, đúng giờ trong những ngày khám để công tác khám sức khỏe đạt kết quả tốt."),
            _right("Phạm Thị Kim Ngân – Nhân viên y tế", italic=True),
        ],
        opts={"created": "13/10/2026", "tags": ["y tế học đường"],
              "attachment": ("/Content/Uploads/files/2026/10/KH_KhamSK_dot1.pdf", "KH_KhamSK_dot1.pdf")},
    ),
    Story(
        id=1229,
        slug="cha-me-can-lam-gi-khi-tre-bi-sot-ve-dem",
        title="Cha mẹ cần làm gì khi trẻ bị sốt về đêm?",
        cat="gph",
        published_at="2026-12-01",
        summary=(
            "Sốt là phản ứng thường gặp khi trẻ mắc bệnh, nhất là vào thời điểm giao mùa. Việc xử "
            "trí đúng cách khi trẻ sốt về đêm giúp cha mẹ bình tĩnh và tránh được những biến chứng "
            "đáng tiếc."
        ),
        sapo_outside=True,
        source="Sức khỏe & Đời sống",
        blocks=[
            Img(f"{U}/2026/12/sot-ve-dem.jpg", None, None, "bare"),
            P("Đo nhiệt độ đúng cách", "h3"),
            P("Cha mẹ nên dùng nhiệt kế điện tử đo ở nách hoặc ở tai. Trẻ được coi là sốt khi nhiệt độ ở nách từ 37,5°C trở lên."),
            P("Hạ sốt cho trẻ tại nhà", "h3"),
            P("Cởi bớt quần áo, cho trẻ mặc đồ thoáng mát, nằm nơi thông gió.", "li"),
            P("Lau người cho trẻ bằng khăn ấm, tập trung ở trán, nách và bẹn.", "li"),
            P("Cho trẻ uống nhiều nước, sữa hoặc nước trái cây để bù lượng nước mất đi.", "li"),
            P("Dùng thuốc hạ sốt paracetamol khi nhiệt độ từ 38,5°C trở lên, theo đúng liều lượng bác sĩ hướng dẫn.", "li"),
            P("Khi nào cần đưa trẻ đến bệnh viện?", "h3"),
            P("Cha mẹ cần đưa trẻ đi khám ngay khi trẻ sốt cao liên tục không hạ, co giật, li bì, nôn nhiều, khó thở hoặc phát ban. Với trẻ dưới 3 tháng tuổi, bất kỳ cơn sốt nào cũng cần được bác sĩ thăm khám."),
            _right("Theo Sức khỏe &amp; Đời sống", italic=True),
        ],
        opts={"mota": "real", "created": "30/11/2026", "tags": ["chăm sóc trẻ", "sốt"]},
    ),
    Story(
        id=1225,
        slug="goi-y-thuc-don-bua-sang-du-chat-cho-tre-mam-non",
        title="Gợi ý thực đơn bữa sáng đủ chất cho trẻ mầm non",
        cat="gph",
        published_at="2026-11-25",
        authors=["Bộ phận Y tế – Dinh dưỡng"],
        blocks=[
            P("Bữa sáng cung cấp khoảng 25 – 30% năng lượng cả ngày của trẻ. Một bữa sáng đủ chất giúp bé tỉnh táo, vui vẻ và tập trung hơn trong các hoạt động ở lớp."),
            P("Bộ phận dinh dưỡng nhà trường gợi ý một số món ăn sáng dễ làm, phù hợp với khẩu vị của trẻ:"),
            P("🥣 Cháo thịt bằm nấu bí đỏ, thêm một ít dầu ăn.", "li"),
            P("🍜 Hủ tiếu thịt heo, tôm, có rau cải xanh.", "li"),
            P("🥪 Bánh mì trứng ốp la kèm một ly sữa tươi.", "li"),
            P("🍚 Cơm tấm sườn non với dưa leo, cà chua.", "li"),
            Img(f"{U}/2026/11/bua-sang-du-chat.jpg", "Một bữa sáng đủ chất cho bé", "Một bữa sáng đủ chất cho bé", "fig"),
            P("Cha mẹ nên thay đổi món thường xuyên để trẻ không chán ăn, hạn chế cho trẻ ăn đồ chiên rán, nước ngọt có ga vào buổi sáng."),
            P("Trường hợp trẻ ăn sáng ở trường, phụ huynh vui lòng đưa trẻ đến lớp trước 7 giờ 15 để bé có đủ thời gian ăn uống."),
            _right("Bộ phận Y tế – Dinh dưỡng"),
        ],
        opts={"created": "24/11/2026", "tags": ["dinh dưỡng", "bữa sáng"]},
    ),
    Story(
        id=1216,
        slug="5-cach-giup-be-tu-tin-khi-den-lop",
        title="5 cách giúp bé tự tin khi đến lớp",
        cat="gph",
        published_at="2026-11-12",
        blocks=[
            P("Nhiều bé mới đi học thường rụt rè, ngại giao tiếp với cô và các bạn. Sự đồng hành của cha mẹ ở nhà là yếu tố quan trọng giúp trẻ dần tự tin, hòa nhập với môi trường lớp học."),
            P("1. Trò chuyện với con mỗi ngày. Hãy hỏi con về những điều vui ở lớp, lắng nghe và khen ngợi khi con kể được một việc làm tốt."),
            P("2. Cho trẻ tự làm những việc vừa sức như tự xúc cơm, tự mang giày, cất đồ chơi. Mỗi việc tự làm được giúp trẻ cảm thấy mình giỏi giang hơn."),
            P("3. Không so sánh con với bạn bè. Mỗi trẻ có nhịp độ phát triển riêng, lời so sánh dễ làm trẻ tự ti."),
            P("4. Tạo cơ hội để trẻ chơi cùng bạn, tham gia sinh nhật, ngày hội của lớp, của khu phố."),
            P("5. Phối hợp với cô giáo, trao đổi thường xuyên về những thay đổi của trẻ để có cách động viên phù hợp."),
            P("Tự tin là nền tảng để trẻ học tập và phát triển các kỹ năng khác. Cha mẹ hãy kiên nhẫn, bởi mỗi bước tiến nhỏ của con đều đáng được ghi nhận."),
        ],
        opts={"mota": "auto", "created": "11/11/2026", "tags": ["kỹ năng sống"]},
    ),
    Story(
        id=1201,
        slug="phong-tranh-benh-tay-chan-mieng-cho-tre-trong-mua-mua",
        title="Phòng tránh bệnh tay chân miệng cho trẻ trong mùa mưa",
        cat="gph",
        published_at="2026-10-16",
        source="Trung tâm Kiểm soát bệnh tật tỉnh An Giang",
        blocks=[
            P("Bệnh tay chân miệng thường gia tăng vào mùa mưa, lây lan nhanh qua đường tiêu hóa và tiếp xúc trực tiếp với dịch tiết của người bệnh. Trẻ dưới 5 tuổi là đối tượng dễ mắc bệnh nhất."),
            P("Dấu hiệu của bệnh gồm sốt nhẹ, đau họng, chảy nước bọt, xuất hiện các bóng nước ở lòng bàn tay, lòng bàn chân, đầu gối, mông và vết loét trong miệng."),
            Img(f"{U}/2026/10/tcm-khuyencao.jpg", "Khuyến cáo phòng bệnh tay chân miệng", "Khuyến cáo phòng bệnh tay chân miệng", "em"),
            P("Để phòng bệnh, cha mẹ cần thường xuyên rửa tay bằng xà phòng cho trẻ và cho chính mình, nhất là trước khi chế biến thức ăn, sau khi thay tã và đi vệ sinh."),
            P("Đồ chơi, vật dụng của trẻ và sàn nhà cần được lau chùi hằng ngày bằng xà phòng hoặc dung dịch khử khuẩn thông thường."),
            P("Khi phát hiện trẻ có dấu hiệu nghi ngờ, phụ huynh cho trẻ nghỉ học, đưa trẻ đến cơ sở y tế để được khám, đồng thời báo ngay cho nhà trường để phối hợp phòng, chống dịch."),
            _right("Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh An Giang", italic=True),
        ],
        opts={"form": "word", "created": "15/10/2026", "tags": ["phòng bệnh", "tay chân miệng"]},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _newest_first(key: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == key), key=lambda s: s.id, reverse=True)


def article_path(story: Story, slug: str | None = None) -> str:
    """The href the site prints (raw slug, "đ" included)."""
    return f"/tin-tuc/chi-tiet/{story.id}/{slug or story.slug}"


def encoded(path: str) -> str:
    """A printed href as a client sends it (non-ASCII percent-encoded)."""
    return quote(path, safe="/?=&%")


def dmy(iso_day: str) -> str:
    y, m, d = iso_day[:10].split("-")
    return f"{d}/{m}/{y}"


def us_date(day: str) -> str:
    """A "dd/MM/yyyy" day as the en-US culture prints it ("12/1/2026")."""
    d, m, y = day.split("/")
    return f"{int(m)}/{int(d)}/{y}"


def posted(story: Story) -> str:
    return story.opts.get("posted") or dmy(story.published_at)


def mota(story: Story) -> str | None:
    """The "Mô tả" field as the product prints it (hand-written or auto-filled)."""
    kind = story.opts.get("mota")
    if kind == "real":
        return story.summary
    if kind == "auto":
        first = next(b.text for b in story.blocks if isinstance(b, P))
        cut = first[:150].rsplit(" ", 1)[0]
        return cut + "..."
    return None


# --- CKEditor 4 output ----------------------------------------------------------------------


def ck(value: str) -> str:
    """Escape like CKEditor 4 with ``config.entities``: named entities where HTML 4 has one."""
    s = _html.escape(value, quote=False)
    return "".join(
        f"&{codepoint2name[ord(c)]};" if ord(c) > 127 and ord(c) in codepoint2name else c for c in s
    )


def _img_tag(src: str) -> str:
    return f'<img alt="" src="{src}" style="width: 600px; height: 400px;" />'


def _render_img(img: Img, form: str) -> str:
    if img.style == "fig":
        return (
            '<figure class="image" style="display:inline-block">'
            f'<img alt="" height="400" src="{img.src}" width="600" />'
            f"<figcaption>{ck(img.printed or '')}</figcaption></figure>"
        )
    if form == "br":
        return f"{_img_tag(img.src)}<br />\r\n"
    out = f'<p style="text-align: center;">{_img_tag(img.src)}</p>'
    if img.printed:
        out += f'\r\n<p style="text-align: center;"><em>{ck(img.printed)}</em></p>'
    return out


def _word_p(text_: str) -> str:
    return (
        '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
        'line-height:150%"><span style="font-size:14.0pt;line-height:150%;font-family:&quot;Times '
        f'New Roman&quot;,&quot;serif&quot;">{ck(text_)}<o:p></o:p></span></p>'
    )


def render_text(story: Story) -> str:
    """The CKEditor HTML of the story's text (gallery images are rendered elsewhere)."""
    form = story.opts.get("form", "p")
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "gallery")]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_render_img(b, form))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"\t<li>{ck(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\r\n" + "\r\n".join(items) + "\r\n</ul>")
            continue
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    rows.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{ck(c)}</strong></td>' for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{ck(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table align="center" border="1" cellpadding="4" cellspacing="0" style="width: 95%;">'
                "<tbody>\r\n" + "\r\n".join(rows) + "\r\n</tbody></table>"
            )
            continue
        elif b.style == "h3":
            out.append(f'<h3 style="color:#e6007e;">{ck(b.text)}</h3>')
        elif form == "br":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and not blocks[i].style:
                lines.append(ck(blocks[i].text))
                i += 1
            out.append('<div style="text-align: justify;">' + "<br />\r\n<br />\r\n".join(lines) + "<br />\r\n&nbsp;</div>")
            continue
        elif form == "word":
            out.append(_word_p(b.text))
        else:
            out.append(f'<p style="text-align: justify;">{ck(b.text)}</p>')
        i += 1
    return "\r\n\r\n".join(out)


# --- page chrome ----------------------------------------------------------------------------

MOST_READ = [1231, 1219, 1229, 1188, 1230]
DELETED = {1188: ("be-vui-tet-trung-thu-2026", "Bé vui Tết Trung thu 2026")}


def _token(seed: str) -> str:
    return opaque("csrf:" + seed, 81).replace("/", "_").replace("+", "-").rstrip("=")


def page(
    request: Request,
    title: str,
    main: str,
    *,
    banner: str | None = None,
    crumbs: list[tuple[str, str | None]] | None = None,
    og_title: str = SCHOOL,
    description: str = "Cổng thông tin điện tử Trường Mầm non Hoa Hồng – thành phố Long Xuyên, tỉnh An Giang",
    home: bool = False,
) -> str:
    og_url = base_url(request) + request.target
    crumb_html = ""
    if crumbs:
        items = ['<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>']
        for label, href in crumbs:
            items.append(f'<li><a href="{href}">{esc(label)}</a></li>' if href else f'<li class="active">{esc(label)}</li>')
        crumb_html = '<ol class="breadcrumb bc-mamnon">' + "".join(items) + "</ol>"
    banner_html = (
        f'<div class="banner-dm bg-dm-xanhla"><div class="container">'
        f'<h1 class="title-dm">{esc(banner)}</h1></div></div>'
        if banner
        else ""
    )
    most = []
    for i in MOST_READ:
        if i in BY_ID:
            most.append(f'<li><a href="/tin-tuc/chi-tiet/{i}">{esc(BY_ID[i].title)}</a></li>')
        else:
            slug, t = DELETED[i]
            most.append(f'<li><a href="/tin-tuc/chi-tiet/{i}/{slug}">{esc(t)}</a></li>')
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}" />
<meta property="og:type" content="website" />
<meta property="og:title" content="{esc(og_title)}" />
<meta property="og:url" content="{esc(og_url)}" />
<meta property="og:image" content="{base_url(request)}/Content/themes/mamnon/images/logo-share.png" />
<link rel="shortcut icon" href="/favicon.ico" />
<link href="/Content/css?v=Wq3mIuT1rKp0rWl6WZ8aK4Q1x0sR7u5mTq3bX2nC0Fo1" rel="stylesheet"/>
<link href="/Content/themes/mamnon/xanhla.css" rel="stylesheet" />
<link href="/Content/fancybox/jquery.fancybox.css" rel="stylesheet" />
<script src="/bundles/modernizr?v=wBEWDufH_8Md-Pbioxomt90vm6tJN2Pyy9u9zHtWsPo1"></script>
</head>
<body class="{'trang-chu' if home else 'trang-con'}">
<a id="top"></a>
<div class="topbar-mn"><div class="container">
  <span class="ngay-hientai"><i class="fa fa-calendar"></i> {TODAY_LINE}</span>
  <span class="hotline-mn pull-right"><i class="fa fa-phone"></i> Hotline: 0296 3841 257 &nbsp;|&nbsp; <a href="/lien-he">Liên hệ</a></span>
</div></div>
<header class="header-mn"><div class="container">
  <a href="/" class="logo-mn"><img src="/Content/themes/mamnon/images/logo-hoahong.png" alt="Logo Trường Mầm non Hoa Hồng" /></a>
  <div class="ten-truong"><span class="dong1">UBND THÀNH PHỐ LONG XUYÊN</span><span class="dong2">TRƯỜNG MẦM NON HOA HỒNG</span>
  <span class="dong3">“Mỗi ngày đến trường là một ngày vui”</span></div>
  <form class="form-timkiem" action="/tim-kiem" method="get"><input type="text" name="tukhoa" class="form-control input-sm" placeholder="Tìm kiếm..." /><button type="submit" class="btn btn-sm"><i class="fa fa-search"></i></button></form>
</div></header>
<nav class="navbar navbar-default navbar-mn" role="navigation"><div class="container">
  <div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#menuChinh"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
  <div class="collapse navbar-collapse" id="menuChinh"><ul class="nav navbar-nav">
    <li class="mn-1"><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>
    <li class="dropdown mn-2"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Giới thiệu <b class="caret"></b></a>
      <ul class="dropdown-menu"><li><a href="/gioi-thieu">Giới thiệu chung</a></li><li><a href="/gioi-thieu#cocau">Cơ cấu tổ chức</a></li><li><a href="/gioi-thieu#csvc">Cơ sở vật chất</a></li></ul></li>
    <li class="dropdown mn-3"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Tin tức <b class="caret"></b></a>
      <ul class="dropdown-menu"><li><a href="{cat_path('hdcb')}">Hoạt động của bé</a></li><li><a href="{cat_path('tb')}">Thông báo</a></li><li><a href="{cat_path('gph')}">Góc phụ huynh</a></li></ul></li>
    <li class="mn-4"><a href="/thuc-don/2026/49">Thực đơn</a></li>
    <li class="mn-5"><a href="/thu-vien-anh">Thư viện ảnh</a></li>
    <li class="mn-6"><a href="/lien-he">Liên hệ</a></li>
  </ul></div>
</div></nav>
{banner_html}
<div class="container noidung-trang">
{crumb_html}
<div class="row">
  <div class="col-md-9 col-sm-8 cot-chinh">
{main}
  </div>
  <div class="col-md-3 col-sm-4 cot-phai">
    <div class="box-sb khung-dangnhap">
      <div class="tieude-sb"><i class="fa fa-user"></i> Phụ huynh đăng nhập</div>
      <form action="/Account/DangNhap" method="post" class="form-dn">
        <input name="__RequestVerificationToken" type="hidden" value="{_token(request.target)}" />
        <input name="ReturnUrl" type="hidden" value="{esc(request.target)}" />
        <input class="form-control input-sm" id="TenDangNhap" name="TenDangNhap" placeholder="Mã học sinh / Số điện thoại" type="text" value="" />
        <input class="form-control input-sm" id="MatKhau" name="MatKhau" placeholder="Mật khẩu" type="password" />
        <div class="checkbox"><label><input type="checkbox" name="GhiNho" value="true" /> Ghi nhớ</label></div>
        <button type="submit" class="btn btn-success btn-sm">Đăng nhập</button>
        <a class="quen-mk" href="/Account/QuenMatKhau">Quên mật khẩu?</a>
      </form>
    </div>
    <div class="box-sb tin-xemnhieu">
      <div class="tieude-sb"><i class="fa fa-fire"></i> Tin xem nhiều</div>
      <ul class="ds-xemnhieu">{''.join(most)}</ul>
    </div>
    <div class="box-sb lienket-web">
      <div class="tieude-sb">Liên kết website</div>
      <select class="form-control input-sm" onchange="if(this.value!='')window.open(this.value)">
        <option value="">-- Chọn liên kết --</option>
        <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
        <option value="https://sgddt.angiang.gov.vn">Sở GD&amp;ĐT An Giang</option>
        <option value="https://www.angiang.gov.vn">Cổng TTĐT tỉnh An Giang</option>
      </select>
    </div>
    <div class="box-sb thamdo">
      <div class="tieude-sb">Thăm dò ý kiến</div>
      <form action="/BinhChon/BieuQuyet" method="post" data-ajax="true" data-ajax-method="POST" data-ajax-update="#kqBinhChon">
        <input name="__RequestVerificationToken" type="hidden" value="{_token('bc' + request.target)}" />
        <p>Quý phụ huynh đánh giá thế nào về bữa ăn bán trú của trẻ?</p>
        <div class="radio"><label><input type="radio" name="LuaChon" value="31" /> Rất hài lòng</label></div>
        <div class="radio"><label><input type="radio" name="LuaChon" value="32" /> Hài lòng</label></div>
        <div class="radio"><label><input type="radio" name="LuaChon" value="33" /> Cần cải thiện</label></div>
        <button type="submit" class="btn btn-warning btn-xs">Bình chọn</button> <a href="javascript:void(0)" onclick="xemKetQua(7)">Xem kết quả</a>
        <div id="kqBinhChon"></div>
      </form>
    </div>
    <div class="box-sb thongke-truycap">
      <div class="tieude-sb"><i class="fa fa-bar-chart"></i> Thống kê truy cập</div>
      <ul><li>Đang online: <b>12</b></li><li>Hôm nay: <b>356</b></li><li>Tháng này: <b>2.108</b></li><li>Tổng truy cập: <b>1.254.870</b></li></ul>
    </div>
  </div>
</div>
</div>
<footer class="footer-mn"><div class="container">
  <p class="ft-ten">TRƯỜNG MẦM NON HOA HỒNG – THÀNH PHỐ LONG XUYÊN</p>
  <p>Địa chỉ: Số 25 đường Trần Hưng Đạo, phường Mỹ Bình, thành phố Long Xuyên, tỉnh An Giang</p>
  <p>Điện thoại: 0296 3841 257 – Email: mnhoahong.lx@angiang.edu.vn</p>
  <p>Chịu trách nhiệm nội dung: Bà Trần Thị Ngọc Lan – Hiệu trưởng</p>
  <p class="ft-bq">Bản quyền © 2026 Trường Mầm non Hoa Hồng. Phát triển bởi <a href="https://eduportal.example.vn" target="_blank" rel="nofollow">EduPortal Mầm non v3.2</a></p>
</div></footer>
<a href="#top" class="len-dau"><i class="fa fa-chevron-up"></i></a>
<script src="/bundles/jquery?v=FVs3ACwOLIVInrAl5sdzR2jrCDmVOWFbZMY6g6Q0ulE1"></script>
<script src="/bundles/bootstrap?v=2Fz3B0iizV2NnnamQFrx-NbYJNTFeBJ2GM05SilbtQU1"></script>
<script src="/Scripts/jquery.unobtrusive-ajax.min.js"></script>
<script src="/Content/fancybox/jquery.fancybox.pack.js"></script>
<script src="/Scripts/jquery.lazyload.min.js"></script>
<script>$(function(){{ $("img.lazy").lazyload({{effect:"fadeIn"}}); $(".fancybox").fancybox(); }});</script>
<div id="fb-root"></div>
</body>
</html>"""


def _respond_page(body: str) -> Response:
    return html(body, headers={"X-AspNetMvc-Version": "5.2", "X-Powered-By": "ASP.NET", "Cache-Control": "private"})


# --- article pages --------------------------------------------------------------------------


def _gallery(story: Story) -> str:
    items = [b for b in story.blocks if isinstance(b, Img) and b.style == "gallery"]
    if not items:
        return ""
    cells = []
    for n, img in enumerate(items, 1):
        name = img.src.rsplit("/", 1)[1]
        title_attr = img.printed or f"IMG_{4510 + n}.JPG"
        cap = f'<p class="chuthich-anh">{esc(img.printed)}</p>' if img.printed else ""
        cells.append(
            f'<div class="col-xs-6 col-sm-4 anh-item">'
            f'<a class="fancybox" data-fancybox-group="gallery{story.id}" href="{img.src}" title="{esc(title_attr)}">'
            f'<img class="lazy img-responsive img-thumbnail" src="/Content/themes/mamnon/images/loading.gif" data-original="{img.src}" alt="{esc(name)}" /></a>{cap}</div>'
        )
    return (
        '<div class="album-ct" id="pnlAlbum"><div class="tieude-album"><i class="fa fa-picture-o"></i> '
        "Hình ảnh hoạt động</div><div class=\"row\">" + "".join(cells) + "</div></div>"
    )


def _other_news(story: Story) -> str:
    others = [s for s in _newest_first(story.cat) if s.id != story.id][:3]
    items = []
    for s in others:
        slug = s.opts.get("old_slug") or s.slug
        items.append(
            f'<li><i class="fa fa-angle-double-right"></i> <a href="{article_path(s, slug)}">{esc(s.title)}</a> '
            f'<span class="ngay-tk">({us_date(posted(s))})</span></li>'
        )
    return '<div class="tinkhac-ct"><div class="tieude-tk">Tin khác</div><ul>' + "".join(items) + "</ul></div>"


def article_page(request: Request, story: Story) -> Response:
    cat = CATS[story.cat]
    info = [f'<span class="ngaydang"><i class="fa fa-clock-o"></i> Ngày đăng: {posted(story)}</span>']
    if story.opts.get("updated"):
        info.append(f'<span class="capnhat">Cập nhật lúc {story.opts["updated"]}</span>')
    info.append(f'<span class="luotxem"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span>')
    info.append('<span class="nguoidang"><i class="fa fa-user"></i> Người đăng: quantri_mnhh</span>')
    m = mota(story)
    mota_html = f'<div class="mota-ct"><strong>{esc(m)}</strong></div>' if m else ""
    extras = []
    if story.opts.get("attachment"):
        href, fname = story.opts["attachment"]
        extras.append(
            f'<div class="tailieu-dk"><i class="fa fa-paperclip"></i> Tập tin đính kèm: '
            f'<a href="{href}" target="_blank">{esc(fname)}</a></div>'
        )
    if story.opts.get("album"):
        aid = story.opts["album"]
        extras.append(
            f'<div class="xemthem-album"><i class="fa fa-camera"></i> Xem thêm hình ảnh: '
            f'<a href="/thu-vien-anh/{aid}">{esc(ALBUMS[aid]["title"])}</a></div>'
        )
    tags = ", ".join(f'<span class="tag-item">{esc(t)}</span>' for t in story.opts.get("tags", []))
    og_url = base_url(request) + request.target
    main = f"""
<div class="khung-chitiet" itemscope>
  <h2 class="tieude-ct">{esc(story.title)}</h2>
  <div class="thongtin-ct">{' '.join(info)}</div>
  {mota_html}
  <div class="noidung-ct" id="divNoiDung">
{render_text(story)}
    <div class="clearfix"></div>
    {''.join(extras)}
    <div class="tukhoa-bv"><b>Từ khóa:</b> {tags}</div>
    <div class="congcu-bv"><a href="javascript:history.back()">« Quay lại</a> | <a href="javascript:window.print()"><i class="fa fa-print"></i> In bài</a> | <a href="#top">Đầu trang</a></div>
    <div class="fb-like" data-href="{esc(og_url)}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div>
  </div>
  {_gallery(story)}
  {_other_news(story)}
  <div class="fb-comments" data-href="{esc(og_url)}" data-numposts="5" data-width="100%"></div>
</div>"""
    body = page(
        request,
        "Chi tiết tin tức | Trường Mầm non Hoa Hồng",
        main,
        banner=cat["name"],
        crumbs=[("Tin tức", None), (cat["name"], cat_path(story.cat)), (story.title, None)],
        description=m or "Cổng thông tin điện tử Trường Mầm non Hoa Hồng – thành phố Long Xuyên, tỉnh An Giang",
    )
    return _respond_page(body)


def not_found_page(request: Request) -> Response:
    main = """<div class="khung-loi"><h2 class="tieude-ct">Không tìm thấy nội dung!</h2>
<p>Bài viết không tồn tại hoặc đã bị gỡ bỏ. Vui lòng quay lại <a href="/">trang chủ</a>.</p></div>"""
    return _respond_page(page(request, "Thông báo lỗi | Trường Mầm non Hoa Hồng", main, banner="Thông báo"))


# --- listings -------------------------------------------------------------------------------


def _pager(key: str, current: int, pages: int) -> str:
    items = []
    if current > 1:
        items.append(f'<li class="PagedList-skipToPrevious"><a href="{cat_path(key, current - 1)}" rel="prev">«</a></li>')
    else:
        items.append('<li class="disabled PagedList-skipToPrevious"><a rel="prev">«</a></li>')
    for n in range(1, pages + 1):
        if n == current:
            items.append(f'<li class="active"><a>{n}</a></li>')
        else:
            items.append(f'<li><a href="{cat_path(key, n)}">{n}</a></li>')
    if current < pages:
        items.append(f'<li class="PagedList-skipToNext"><a href="{cat_path(key, current + 1)}" rel="next">»</a></li>')
    else:
        items.append('<li class="disabled PagedList-skipToNext"><a rel="next">»</a></li>')
    return '<div class="pagination-container"><ul class="pagination">' + "".join(items) + "</ul></div>"


def _thumb(story: Story) -> str:
    imgs = story.images
    if imgs:
        src = imgs[0].src
        folder, name = src.rsplit("/", 1)
        return f"{folder}/thumb_{name}"
    return "/Content/themes/mamnon/images/no-image.png"


def _tb_rows(items: list[Story], start: int) -> str:
    rows = []
    for n, s in enumerate(items, start):
        rows.append(
            f'<tr><td class="stt">{n}</td><td><i class="fa fa-bell-o"></i> '
            f'<a href="{article_path(s)}">{esc(s.title)}</a></td>'
            f'<td class="ngay">{s.opts["created"]}</td></tr>'
        )
    return "\r\n".join(rows)


def listing(request: Request, key: str, page_no: int) -> Response | None:
    cat = CATS[key]
    stories = _newest_first(key)
    size = cat["size"]
    pages = (len(stories) + size - 1) // size
    if page_no < 1 or page_no > pages:
        return None
    chunk = stories[(page_no - 1) * size : page_no * size]
    if key == "tb":
        rows = _tb_rows(chunk, (page_no - 1) * size + 1)
        more = ""
        if page_no < pages:
            more = (
                f'<div class="text-center" id="xemThem{page_no}"><a class="btn btn-default btn-xemthem" data-ajax="true" '
                f'data-ajax-method="GET" data-ajax-mode="after" data-ajax-update="#dsThongBao tbody" '
                f'data-ajax-success="$(\'#xemThem{page_no}\').remove()" href="{cat_path(key, page_no + 1)}">'
                'Xem thêm thông báo <i class="fa fa-angle-down"></i></a></div>'
            )
        if request.headers.get("X-Requested-With") == "XMLHttpRequest":
            return html(rows + more)
        main = (
            '<div class="ds-thongbao"><table class="table table-striped table-hover" id="dsThongBao">'
            '<thead><tr><th>STT</th><th>Tiêu đề</th><th>Ngày</th></tr></thead><tbody>'
            f"{rows}</tbody></table>{more}</div>"
        )
    else:
        items = []
        for s in chunk:
            m = mota(s) or ""
            items.append(
                f'<div class="media tin-item" onclick="location.href=\'{article_path(s)}\'">'
                f'<a class="pull-left khung-anh" href="{article_path(s)}"><img class="media-object" src="{_thumb(s)}" alt="" /></a>'
                f'<div class="media-body"><h4 class="media-heading"><a href="{article_path(s)}">{esc(s.title)}</a></h4>'
                f'<p class="ngay-tao"><i class="fa fa-calendar"></i> {s.opts["created"]}</p>'
                f'<p class="mota-ngan">{esc(m)}</p>'
                f'<a class="btn btn-xs btn-warning xemtiep" href="{article_path(s)}">Xem tiếp »</a></div></div>'
            )
        main = (
            f'<div class="ds-tin">{"".join(items)}</div>'
            f'{_pager(key, page_no, pages)}'
            f'<div class="pager-info">Trang {page_no} / {pages}</div>'
        )
    body = page(
        request,
        f"{cat['name']} | Trường Mầm non Hoa Hồng",
        main,
        banner=cat["name"],
        crumbs=[("Tin tức", None), (cat["name"], None)],
    )
    return _respond_page(body)


# --- home -----------------------------------------------------------------------------------


def home(request: Request) -> Response:
    hd = _newest_first("hdcb")[:3]
    first, rest = hd[0], hd[1:]
    hd_html = (
        f'<div class="tin-noibat" onclick="location.href=\'/tin-tuc/chi-tiet/{first.id}\'">'
        f'<img class="img-responsive" src="{_thumb(first)}" alt="" />'
        f'<h3><a href="/tin-tuc/chi-tiet/{first.id}">{esc(first.title)}</a></h3>'
        f"<p>{esc(mota(first) or '')}</p></div><ul class=\"ds-tin-nho\">"
        + "".join(
            f'<li onclick="location.href=\'/tin-tuc/chi-tiet/{s.id}\'"><img src="{_thumb(s)}" alt="" />'
            f'<a href="/tin-tuc/chi-tiet/{s.id}">{esc(s.title)}</a></li>'
            for s in rest
        )
        + f'</ul><a class="xem-tatca" href="{cat_path("hdcb")}">Xem tất cả »</a>'
    )
    tb = _newest_first("tb")[:2]
    tb_html = (
        '<marquee direction="up" scrollamount="2" height="160" onmouseover="this.stop()" onmouseout="this.start()"><ul>'
        + "".join(
            f'<li><img src="/Content/themes/mamnon/images/new.gif" alt="" /> '
            f'<a href="/TinTuc/ChiTiet/{s.id}">{esc(s.title)}</a></li>'
            for s in tb
        )
        + f'</ul></marquee><a class="xem-tatca" href="{cat_path("tb")}">Xem tất cả »</a>'
    )
    gph = _newest_first("gph")[:2]
    gph_html = (
        "<ul>"
        + "".join(
            f'<li><a href="/tin-tuc/chi-tiet/{s.id}">{esc(s.title)}</a></li>' for s in gph
        )
        + f'</ul><a class="xem-tatca" href="{cat_path("gph")}">Xem tất cả »</a>'
    )
    menu = MENUS[49]
    main = f"""
<div id="slideTrangChu" class="carousel slide" data-ride="carousel"><div class="carousel-inner">
  <div class="item active"><img src="/Content/Uploads/slide/slide-1.jpg" alt="Chào mừng năm học mới" /></div>
  <div class="item"><img src="/Content/Uploads/slide/slide-2.jpg" alt="Bé vui đến trường" /></div>
  <div class="item"><img src="/Content/Uploads/slide/slide-3.jpg" alt="Sân chơi của bé" /></div>
</div><a class="left carousel-control" href="#slideTrangChu" data-slide="prev">‹</a><a class="right carousel-control" href="#slideTrangChu" data-slide="next">›</a></div>
<div class="row">
  <div class="col-md-7"><div class="box-tc box-hdcb"><div class="tieude-box"><span>Hoạt động của bé</span></div>{hd_html}</div></div>
  <div class="col-md-5">
    <div class="box-tc box-thucdon"><div class="tieude-box"><span>Thực đơn</span></div>
      <p class="td-homnay"><b>{TODAY_LINE}:</b> Trẻ nghỉ học.</p>
      <p>Thứ Sáu: {esc(menu['rows'][4][1])} / {esc(menu['rows'][4][2])}</p>
      <a class="xem-tatca" href="/thuc-don/2026/49">Xem thực đơn tuần 49 »</a></div>
    <div class="box-tc box-thongbao"><div class="tieude-box"><span>Thông báo</span></div>{tb_html}</div>
  </div>
</div>
<div class="row">
  <div class="col-md-7"><div class="box-tc box-gph"><div class="tieude-box"><span>Góc phụ huynh</span></div>{gph_html}</div></div>
  <div class="col-md-5"><div class="box-tc box-tva"><div class="tieude-box"><span>Thư viện ảnh</span></div>
    <a href="/thu-vien-anh/15"><img src="{ALBUMS[15]['photos'][0]}" class="img-responsive" alt="" /></a>
    <a href="/thu-vien-anh/14">{esc(ALBUMS[14]['title'])}</a></div></div>
</div>"""
    return _respond_page(page(request, "Trang chủ | Trường Mầm non Hoa Hồng", main, home=True))


# --- albums, menus, static pages ------------------------------------------------------------

ALBUMS = {
    15: {
        "title": "Hội thi Bé khỏe – Bé ngoan năm học 2026 – 2027",
        "date": "03/12/2026",
        "desc": "Một số hình ảnh các bé ba khối Mầm, Chồi, Lá tham gia hội thi “Bé khỏe – Bé ngoan” cấp trường ngày 02/12/2026.",
        "story": 1231,
        "photos": [f"{U}/2026/12/hoithi-bekhoe-0{n}.jpg" for n in range(1, 6)] + [f"{U}/2026/12/hoithi-bekhoe-06.jpg"],
    },
    14: {
        "title": "Văn nghệ chào mừng ngày Nhà giáo Việt Nam 20/11",
        "date": "19/11/2026",
        "desc": "Các tiết mục văn nghệ của các bé chào mừng ngày Nhà giáo Việt Nam 20/11/2026.",
        "story": 1219,
        "photos": [f"{U}/2026/11/vannghe-2011-0{n}.jpg" for n in range(1, 5)],
    },
}


def album_index(request: Request) -> Response:
    cards = "".join(
        f'<div class="col-sm-6 album-item"><a href="/thu-vien-anh/{aid}"><img class="img-responsive" src="{a["photos"][0]}" alt="" /></a>'
        f'<h4><a href="/thu-vien-anh/{aid}">{esc(a["title"])}</a></h4><p><i class="fa fa-picture-o"></i> {len(a["photos"])} ảnh</p></div>'
        for aid, a in ALBUMS.items()
    )
    main = f'<div class="row ds-album">{cards}</div>'
    return _respond_page(page(request, "Thư viện ảnh | Trường Mầm non Hoa Hồng", main, banner="Thư viện ảnh", crumbs=[("Thư viện ảnh", None)]))


def album_page(request: Request, aid: int) -> Response:
    a = ALBUMS[aid]
    story = BY_ID[a["story"]]
    cells = "".join(
        f'<div class="col-xs-6 col-sm-4 anh-item"><a class="fancybox" data-fancybox-group="album{aid}" href="{p}" title="">'
        f'<img class="lazy img-responsive img-thumbnail" src="/Content/themes/mamnon/images/loading.gif" data-original="{p}" alt="" /></a></div>'
        for p in a["photos"]
    )
    main = f"""<div class="khung-chitiet khung-album">
  <h2 class="tieude-ct">{esc(a['title'])}</h2>
  <div class="thongtin-ct"><span class="ngaydang"><i class="fa fa-clock-o"></i> Ngày đăng: {a['date']}</span> <span class="luotxem"><i class="fa fa-eye"></i> Lượt xem: {150 + aid * 7}</span></div>
  <p class="mota-album">{esc(a['desc'])}</p>
  <div class="album-ct"><div class="row">{cells}</div></div>
  <p class="xem-bv"><i class="fa fa-newspaper-o"></i> Xem bài viết: <a href="{article_path(story)}">{esc(story.title)}</a></p>
</div>"""
    return _respond_page(page(request, f"{a['title']} | Thư viện ảnh", main, banner="Thư viện ảnh", crumbs=[("Thư viện ảnh", "/thu-vien-anh"), (a["title"], None)]))


MENUS = {
    48: {
        "range": "từ 23/11/2026 đến 28/11/2026",
        "posted": "21/11/2026",
        "rows": [
            ("Thứ Hai", "Bún riêu cua", "Cơm, cá lóc kho tộ, canh bí đỏ nấu tôm", "Sữa chua, chuối"),
            ("Thứ Ba", "Cháo gà hạt sen", "Cơm, thịt heo rim, canh rau ngót", "Bánh flan"),
            ("Thứ Tư", "Hủ tiếu nam vang", "Cơm, trứng chiên thịt, canh cải xanh", "Sữa tươi, bánh bông lan"),
            ("Thứ Năm", "Bánh canh giò heo", "Cơm, gà kho gừng, canh chua cá basa", "Chè đậu xanh"),
            ("Thứ Sáu", "Súp nui thịt bằm", "Cơm, tôm rim, canh mồng tơi", "Thanh long"),
            ("Thứ Bảy", "Mì quảng", "Cơm, thịt bò xào bông cải, canh khoai mỡ", "Sữa chua uống"),
        ],
    },
    49: {
        "range": "từ 30/11/2026 đến 05/12/2026",
        "posted": "28/11/2026",
        "rows": [
            ("Thứ Hai", "Cháo cá lóc rau đắng", "Cơm, thịt kho trứng cút, canh bầu nấu tôm", "Sữa tươi, bánh quy"),
            ("Thứ Ba", "Bánh mì thịt nguội", "Cơm, cá basa sốt cà, canh cải ngọt", "Chè bắp"),
            ("Thứ Tư", "Phở bò", "Cơm, gà rô ti, canh bí xanh", "Sữa chua, đu đủ"),
            ("Thứ Năm", "Bún mọc", "Cơm, đậu hũ nhồi thịt, canh rau dền", "Bánh bò thốt nốt"),
            ("Thứ Sáu", "Nui xào bò", "Cơm, tôm thịt rim, canh chua cá lóc", "Dưa hấu"),
            ("Thứ Bảy", "Nghỉ", "Nghỉ", "Nghỉ"),
        ],
    },
}


def menu_page(request: Request, week: int) -> Response:
    m = MENUS[week]
    rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in m["rows"])
    prev_link = (
        f'<a class="btn btn-default btn-sm" href="/thuc-don/2026/{week - 1}">« Tuần trước</a>'
        if week - 1 in MENUS
        else '<a class="btn btn-default btn-sm disabled">« Tuần trước</a>'
    )
    next_link = (
        f'<a class="btn btn-default btn-sm" href="/thuc-don/2026/{week + 1}">Tuần sau »</a>'
        if week + 1 in MENUS
        else '<a class="btn btn-default btn-sm disabled">Tuần sau »</a>'
    )
    main = f"""<div class="khung-thucdon">
  <h2 class="tieude-ct">Thực đơn tuần {week} ({m['range']})</h2>
  <div class="thongtin-ct"><span class="ngaydang"><i class="fa fa-clock-o"></i> Ngày đăng: {m['posted']}</span></div>
  <p>Thực đơn dành cho trẻ nhà trẻ và mẫu giáo, do bộ phận dinh dưỡng nhà trường xây dựng, đảm bảo 1.200 kcal/ngày.</p>
  <table class="table table-bordered tbl-td"><thead><tr><th>Thứ</th><th>Bữa sáng</th><th>Bữa trưa</th><th>Bữa xế</th></tr></thead><tbody>{rows}</tbody></table>
  <div class="nav-tuan">{prev_link} {next_link}</div>
</div>"""
    return _respond_page(page(request, f"Thực đơn tuần {week} | Trường Mầm non Hoa Hồng", main, banner="Thực đơn", crumbs=[("Thực đơn", None), (f"Tuần {week}", None)]))


def intro_page(request: Request) -> Response:
    main = """<div class="khung-gioithieu">
  <h2 class="tieude-ct">Giới thiệu chung</h2>
  <p>Trường Mầm non Hoa Hồng được thành lập năm 1998 trên cơ sở sáp nhập hai nhóm trẻ của phường Mỹ Bình. Trải qua hơn 28 năm xây dựng và phát triển, trường đã trở thành một trong những địa chỉ tin cậy của phụ huynh thành phố Long Xuyên.</p>
  <h3 id="cocau">Cơ cấu tổ chức</h3>
  <p>Năm học 2026 – 2027, nhà trường có 14 nhóm, lớp với 412 trẻ; tổng số cán bộ, giáo viên, nhân viên là 46 người, trong đó 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo.</p>
  <p>Ban Giám hiệu: Hiệu trưởng Trần Thị Ngọc Lan; Phó Hiệu trưởng Nguyễn Thị Bích Liên, Đỗ Thị Thanh Thủy.</p>
  <h3 id="csvc">Cơ sở vật chất</h3>
  <p>Trường có 14 phòng học, phòng âm nhạc, phòng thể chất, bếp ăn một chiều, sân chơi với nhiều đồ chơi ngoài trời và vườn rau của bé.</p>
</div>"""
    return _respond_page(page(request, "Giới thiệu | Trường Mầm non Hoa Hồng", main, banner="Giới thiệu", crumbs=[("Giới thiệu", None)]))


def contact_page(request: Request) -> Response:
    main = f"""<div class="khung-lienhe">
  <h2 class="tieude-ct">Liên hệ</h2>
  <p><b>TRƯỜNG MẦM NON HOA HỒNG</b><br />Địa chỉ: Số 25 đường Trần Hưng Đạo, phường Mỹ Bình, thành phố Long Xuyên, tỉnh An Giang<br />Điện thoại: 0296 3841 257 – Email: mnhoahong.lx@angiang.edu.vn</p>
  <form action="/lien-he" method="post" class="form-lienhe">
    <input name="__RequestVerificationToken" type="hidden" value="{_token('lh')}" />
    <input class="form-control" name="HoTen" placeholder="Họ và tên (*)" />
    <input class="form-control" name="Email" placeholder="Email (*)" />
    <textarea class="form-control" name="NoiDung" rows="5" placeholder="Nội dung (*)"></textarea>
    <button type="submit" class="btn btn-success">Gửi liên hệ</button>
  </form>
  <iframe class="bando" src="https://www.google.com/maps/embed?pb=!1m14!1m8!1m3!1d3924.5!2d105.43!3d10.38" width="100%" height="300" frameborder="0"></iframe>
</div>"""
    return _respond_page(page(request, "Liên hệ | Trường Mầm non Hoa Hồng", main, banner="Liên hệ", crumbs=[("Liên hệ", None)]))


def search_page(request: Request) -> Response:
    kw = request.params.get("tukhoa", "").strip()
    if not kw:
        msg = "<p>Vui lòng nhập từ khóa cần tìm.</p>"
    else:
        msg = f"<p>Không tìm thấy kết quả nào phù hợp với từ khóa <b>{esc(kw)}</b>.</p>"
    main = f'<div class="khung-timkiem"><h2 class="tieude-ct">Kết quả tìm kiếm</h2>{msg}</div>'
    return _respond_page(page(request, "Tìm kiếm | Trường Mầm non Hoa Hồng", main, crumbs=[("Tìm kiếm", None)]))


def account_page(request: Request, forgot: bool) -> Response:
    if forgot:
        main = f"""<h2 class="tieude-ct">Quên mật khẩu</h2><form action="/Account/QuenMatKhau" method="post">
<input name="__RequestVerificationToken" type="hidden" value="{_token('qmk')}" />
<input class="form-control" name="SoDienThoai" placeholder="Số điện thoại đã đăng ký" /><button class="btn btn-success" type="submit">Gửi</button></form>"""
    else:
        err = '<div class="alert alert-danger">Tên đăng nhập hoặc mật khẩu không đúng.</div>' if request.method == "POST" else ""
        main = f'<h2 class="tieude-ct">Đăng nhập dành cho phụ huynh</h2>{err}<p>Vui lòng dùng mã học sinh do nhà trường cung cấp.</p>'
    return _respond_page(page(request, "Tài khoản | Trường Mầm non Hoa Hồng", main, crumbs=[("Tài khoản", None)]))


# --- routing --------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/(?:tin-tuc/chi-tiet|tintuc/chitiet)/(\d+)(?:/[^/]*)?/?$", re.IGNORECASE)
_CATEGORY = re.compile(r"^/tin-tuc/danh-muc/(\d+)(?:/[^/]*)?/?$", re.IGNORECASE)
_ALBUM = re.compile(r"^/thu-vien-anh/(\d+)/?$")
_MENU = re.compile(r"^/thuc-don/(\d{4})/(\d{1,2})/?$")
_BUNDLE = re.compile(r"^/(bundles/[a-z]+|Content/css)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path == "/" or re.fullmatch(r"/Home(?:/Index)?", path, re.IGNORECASE):
            return home(request)
        if _BUNDLE.match(path):
            ctype = "text/css" if path.endswith("css") else "application/javascript"
            return Response(200, b"/* bundle */", {"Content-Type": ctype})
        if path.startswith("/Content/Uploads/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if (m := _ARTICLE.match(path)) is not None:
            aid = int(m.group(1))
            story = BY_ID.get(aid)
            if story is None:
                return redirect("/Home/Loi404")
            return article_page(request, story)
        if path == "/Home/Loi404":
            return not_found_page(request)
        if (m := _CATEGORY.match(path)) is not None:
            key = next((k for k, c in CATS.items() if c["id"] == int(m.group(1))), None)
            if key is None:
                return None
            raw = request.params.get("page", "1")
            if not raw.isdigit():
                return None
            return listing(request, key, int(raw))
        if path == "/thu-vien-anh":
            return album_index(request)
        if (m := _ALBUM.match(path)) is not None:
            aid = int(m.group(1))
            return album_page(request, aid) if aid in ALBUMS else None
        if (m := _MENU.match(path)) is not None:
            if int(m.group(1)) == 2026 and int(m.group(2)) in MENUS:
                return menu_page(request, int(m.group(2)))
            return None
        if path == "/thuc-don":
            return redirect("/thuc-don/2026/49")
        if path == "/gioi-thieu":
            return intro_page(request)
        if path == "/lien-he":
            return contact_page(request)
        if path == "/tim-kiem":
            return search_page(request)
        if path == "/Account/DangNhap":
            return account_page(request, forgot=False)
        if path == "/Account/QuenMatKhau":
            return account_page(request, forgot=True)
        if path.startswith(("/Content/", "/Scripts/", "/favicon")):
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    path = encoded(article_path(story))
    alts = [f"/tin-tuc/chi-tiet/{story.id}", f"/TinTuc/ChiTiet/{story.id}"]
    if story.opts.get("old_slug"):
        alts.append(article_path(story, story.opts["old_slug"]))
    return gold_record(story, path, CATS[story.cat]["name"], canonical_path=path, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/thu-vien-anh/15",
    "/thu-vien-anh/14",
    "/thuc-don/2026/49",
    "/thuc-don/2026/48",
]
