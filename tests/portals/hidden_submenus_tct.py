"""Trường Chính trị tỉnh Lạng Sơn on a vendor ASP.NET MVC portal ("CổngTTĐT v3" of a local
software house): discovery through hidden menus and nested categories.

Platform
--------
A vendor .NET MVC site: one ``HomeController`` answers every public page, the theme is Bootstrap 4
with the vendor's English-ish class names (``mega-menu``, ``dropdown-panel``, ``cat-box``,
``news-item``) around Vietnamese ones inside the article (``tieu-de-bai``, ``noi-dung``).
Categories are a tree of two levels: three *parent* categories whose page only shows boxes of
their children, and five *leaf* categories that hold the posts.

- parent 1 "Tin tức": leaves 5 "Tin trong trường", 6 "Tin ngoài trường";
- parent 2 "Đào tạo": leaf 7 "Đào tạo - Bồi dưỡng";
- parent 3 "Nghiên cứu khoa học": leaves 8 "Nghiên cứu khoa học", 9 "Thông tin tư liệu".

URL scheme
----------
- ``/`` home: "Tin nổi bật" slider (4 newest posts, linked as bare ``/Home/ChiTiet/<id>``), then
  one ``cat-box`` per parent category (4 newest posts of its leaves, "Xem thêm" -> parent page).
- ``/Home/ChiTiet/<id>?title=<slug>``: a post; the id alone decides, ``?title`` is decoration.
  ``<link rel="canonical">`` names the ``?title=<slug>`` form.
- ``/Home/DanhMuc/<catId>``: parent page (boxes of the leaves, 3 newest each, no pager) or a
  leaf listing, 5 a page, ``?trang=<n>``; pager "« Đầu ‹ 1 2 3 › Cuối »".
- ``/Home/VanBan/<id>?title=<slug>``: a document entry (số ký hiệu, ngày ban hành, trích yếu,
  "Tải về" a PDF under ``/Uploads/files/``); the leaf "Thông tin tư liệu" lists documents and
  posts together, newest first.
- ``/Home/GioiThieu``, ``/Home/LienHe`` (contact form), ``/Home/ThuVienAnh`` (photo albums),
  ``/Home/TimKiem?tukhoa=`` (search form, GET), ``/Home/BinhChon`` (poll form, POST) and
  ``/Home/KetQuaBinhChon``.
- Uploads ``/Uploads/images/2026/<mm>/<file>.jpg``; theme ``/Content/``, ``/Scripts/``.
- No robots.txt, no sitemap, no RSS.

Page templates
--------------
Header: logo, the school's name, today's date "Thứ Sáu, ngày 04/12/2026", search box. Top menu::

    <ul class="mega-menu main-nav">
      <li class="has-sub"><a href="/Home/DanhMuc/1">Tin tức</a>
        <ul class="submenu" style="display:none"> <li><a href="/Home/DanhMuc/5">Tin trong trường</a> …
      …
      <li class="mega"><a href="javascript:void(0)">Chuyên mục</a>
        <div class="dropdown-panel" hidden> every leaf, as /Home/DanhMuc/<id>?trang=1 </div>

A script (``menu.js``) shows the submenus on hover. Below it a ``<nav class="mobile-nav d-lg-none">``
repeats the whole tree with other link text ("» Tin trong trường"). Sidebar: "Tin đọc nhiều",
poll "Thăm dò ý kiến", "Liên kết website", counter "Đang online / Hôm nay / Tổng truy cập".
Footer: address, phone, e-mail, "Bản quyền".

Article page: breadcrumb "Trang chủ › <parent> › <leaf>" (the leaf is the active item, *not a
link*), ``<h2 class="tieu-de-bai">``, ``<div class="thong-tin-bai">`` with "Ngày đăng: 12/11/2026"
(some posts add the time "08:15"), "Lượt xem", sometimes "Tác giả: X"; a sapo in
``<div class="tom-tat">`` for some posts; the text in ``<div class="noi-dung">``; tools (In bài,
Gửi email, Facebook); "Các tin khác" (3 newest *other* posts of the same leaf).

How each gold article is reached
--------------------------------
- Visible top items link to the parent pages only; parent pages show the 3 newest of each leaf.
- Tin trong trường (6 posts): the 3 newest on /Home/DanhMuc/1 and in "Các tin khác"; the 4th in
  "Các tin khác"; the 5th (bế giảng lớp quốc phòng) only on the leaf's page 1, the 6th (Ngày Chủ
  nhật xanh) only on page 2 — and the leaf's box on the parent page has *no* "Xem tất cả" link:
  the leaf is linked only from the hidden submenu, the hidden mega panel and the mobile menu.
- Tin ngoài trường, Đào tạo - Bồi dưỡng, Nghiên cứu khoa học (2 posts each): parent boxes (with
  "Xem tất cả").
- Thông tin tư liệu: 10 document entries and one post (Chiến dịch Biên giới 1950), the oldest
  item, so it is listed only on page 3; the box on /Home/DanhMuc/3 has no "Xem tất cả".

Traps
-----
- Submenus ``style="display:none"`` and ``<div class="dropdown-panel" hidden>`` are the only
  links to two leaves; three posts are behind them (one on leaf page 1, one on page 2, one on 3).
- Parent pages look like listings but have no pager; leaf page 1 is served at both
  ``/Home/DanhMuc/5`` and ``/Home/DanhMuc/5?trang=1``.
- The home slider links the bare ``/Home/ChiTiet/<id>`` (same article: ``alt_paths``).
- Document entries (VanBan) print a date, a title and a table: not articles.
- Header date is today, never a publication date; "Lượt xem" is not text.

Gold decisions
--------------
- title: ``h2.tieu-de-bai``; category: the breadcrumb's last (leaf) item.
- published_at: "Ngày đăng: dd/mm/yyyy[ HH:MM]".
- authors: closing byline ("TS. Hoàng Văn Nam - Khoa Lý luận cơ sở" -> Hoàng Văn Nam; "Tin,
  ảnh: Đoàn trường" -> unit as both; "Tin: X; Ảnh: Y"), the "Tác giả:" field; "BBT" -> nothing.
- source: "Nguồn: Tạp chí Cộng sản", "Theo Báo Lạng Sơn" -> "Báo Lạng Sơn".
- summary: the ``tom-tat`` sapo (also body's first paragraph), or a bold first paragraph.
- images: the photos in ``noi-dung``; caption = the centred line under it (italic, plain or in
  the image table's caption cell), None when nothing is printed.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote_plus

from crawler.demo.server import Request, Response, html
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

NAME = "hidden_submenus_tct"
PLATFORM = "Vendor ASP.NET MVC portal (HomeController, Bootstrap 4 theme, mega menu)"
START_PATH = "/"

TODAY = "Thứ Sáu, ngày 04/12/2026"
SITE_TITLE = "Trường Chính trị tỉnh Lạng Sơn"
PER_PAGE = 5

#: parent id -> (name, [leaf ids])
PARENTS = {
    1: ("Tin tức", [5, 6]),
    2: ("Đào tạo", [7]),
    3: ("Nghiên cứu khoa học", [8, 9]),
}
LEAVES = {
    5: "Tin trong trường",
    6: "Tin ngoài trường",
    7: "Đào tạo - Bồi dưỡng",
    8: "Nghiên cứu khoa học",
    9: "Thông tin tư liệu",
}
PARENT_OF = {leaf: pid for pid, (_n, leaves) in PARENTS.items() for leaf in leaves}
#: the parent boxes of these leaves have no "Xem tất cả" link
NO_SEE_ALL = {5, 9}
CATEGORIES = {str(k): v for k, v in LEAVES.items()}


def im(name: str) -> str:
    return f"/Uploads/images/2026/{name}"


def byline(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


# opts: date (printed d/m/Y), time (printed HH:MM, or absent), tacgia ("Tác giả:" field)
# P styles: "" justified <p>, "b" bold first paragraph (the sapo inside the text), "h" bold
# heading paragraph, "h3", "li" bullet list, "th"/"td" table rows, "br" lines of one <p> split by
# <br>, "quote" blockquote. Img styles: "em" centred italic line, "plain" centred plain line,
# "tbl" the editor's image table with a caption cell, "none" nothing printed.

STORIES: list[Story] = [
    Story(
        101,
        "khai-giang-lop-trung-cap-ly-luan-chinh-tri-k45-he-khong-tap-trung",
        "Khai giảng lớp Trung cấp lý luận chính trị K45 hệ không tập trung",
        "5",
        "2026-12-02T09:30:00+07:00",
        [
            P(
                "Sáng 02/12, Trường Chính trị tỉnh Lạng Sơn tổ chức Lễ khai giảng lớp Trung cấp lý luận "
                "chính trị K45 hệ không tập trung mở tại Trung tâm Chính trị huyện Cao Lộc với 78 học viên."
            ),
            P(
                "Học viên của lớp là cán bộ, công chức cấp xã, cán bộ các phòng, ban, ngành, đoàn thể "
                "của huyện Cao Lộc nằm trong quy hoạch, trong đó có 31 học viên là người dân tộc Tày, Nùng."
            ),
            Img(
                im("12/khai-giang-k45-1.jpg"),
                "Quang cảnh Lễ khai giảng",
                "Quang cảnh Lễ khai giảng",
                "em",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Hoàng Thị Thu Trang, Phó Hiệu trưởng nhà trường đề nghị "
                "học viên chấp hành nghiêm quy chế học tập, tích cực nghiên cứu tài liệu, liên hệ thực "
                "tiễn công tác ở cơ sở; đề nghị giảng viên đổi mới phương pháp giảng dạy theo hướng "
                "phát huy tính chủ động của người học."
            ),
            P(
                "Theo kế hoạch, lớp học được tổ chức trong 18 tháng, học vào thứ Sáu, thứ Bảy hằng tuần "
                "với 5 phần học gồm 33 học phần, kết thúc bằng kỳ thi tốt nghiệp và viết khóa luận."
            ),
            byline("Tin, ảnh: Phòng Quản lý đào tạo"),
        ],
        authors=["Phòng Quản lý đào tạo"],
        photographers=["Phòng Quản lý đào tạo"],
        opts={"date": "02/12/2026", "time": "09:30"},
    ),
    Story(
        100,
        "thong-bao-lich-hoc-lop-cao-cap-ly-luan-chinh-tri-thang-12-2026",
        "THÔNG BÁO Lịch học lớp Cao cấp lý luận chính trị hệ không tập trung tháng 12/2026",
        "7",
        "2026-11-30",
        [
            P(
                "Trường Chính trị tỉnh Lạng Sơn thông báo lịch học tháng 12/2026 của lớp Cao cấp lý luận "
                "chính trị hệ không tập trung B17 (liên kết với Học viện Chính trị khu vực I) như sau:"
            ),
            P("Ngày | Buổi | Nội dung | Giảng viên", "th"),
            P("07/12/2026 | Sáng | Chuyên đề 5: Xây dựng Đảng về đạo đức | TS. Lý Văn Thịnh", "td"),
            P("08/12/2026 | Cả ngày | Chuyên đề 6: Công tác dân vận | ThS. Nông Thị Hà", "td"),
            P("15/12/2026 | Sáng | Kiểm tra học phần Xây dựng Đảng | Phòng Quản lý đào tạo", "td"),
            P("Địa điểm: Hội trường tầng 3, nhà A, Trường Chính trị tỉnh Lạng Sơn.", "br"),
            P("Thời gian: sáng từ 7 giờ 30 phút, chiều từ 13 giờ 30 phút.", "br"),
            P(
                "Đề nghị các đồng chí học viên sắp xếp công việc, tham gia học tập đầy đủ, đúng giờ. "
                "Mọi thông tin chi tiết xin liên hệ Phòng Quản lý đào tạo, điện thoại 0205 3812 447."
            ),
        ],
        opts={"date": "30/11/2026"},
    ),
    Story(
        99,
        "hoi-nghi-bao-cao-vien-toan-tinh-quy-iv-nam-2026",
        "Hội nghị báo cáo viên toàn tỉnh quý IV năm 2026",
        "6",
        "2026-11-28T15:10:00+07:00",
        [
            P(
                "Tại hội nghị, các đại biểu được nghe thông tin về tình hình kinh tế - xã hội của tỉnh "
                "11 tháng năm 2026; kết quả thu hút đầu tư vào Khu kinh tế cửa khẩu Đồng Đăng - Lạng "
                "Sơn và một số vấn đề thời sự trong nước, quốc tế nổi bật."
            ),
            P(
                "Hội nghị đề nghị đội ngũ báo cáo viên tiếp tục làm tốt công tác định hướng tư tưởng, "
                "đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng, tạo đồng "
                "thuận trong Nhân dân."
            ),
            P(
                "Cán bộ, giảng viên Trường Chính trị tỉnh tham dự hội nghị tại điểm cầu chính của tỉnh."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Lạng Sơn</em></p>'),
        ],
        source="Báo Lạng Sơn",
        summary=(
            "Ngày 27/11, Ban Tuyên giáo và Dân vận Tỉnh ủy Lạng Sơn tổ chức Hội nghị báo cáo viên "
            "toàn tỉnh quý IV năm 2026 theo hình thức trực tiếp kết hợp trực tuyến đến 200 điểm cầu."
        ),
        sapo_outside=True,
        opts={"date": "28/11/2026", "time": "15:10"},
    ),
    Story(
        98,
        "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-2026",
        "Hội nghị viên chức, người lao động năm 2026",
        "5",
        "2026-11-27",
        [
            P(
                "Chiều 26/11, Trường Chính trị tỉnh Lạng Sơn long trọng tổ chức Hội nghị viên chức, "
                "người lao động năm 2026 với sự tham dự của 64 cán bộ, giảng viên, nhân viên.",
                "b",
            ),
            P(
                "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ chính trị năm 2026: nhà trường mở "
                "27 lớp đào tạo, bồi dưỡng với 2.315 học viên; hoàn thành 4 đề tài khoa học cấp trường; "
                "100% giảng viên đi thực tế tại cơ sở theo quy định."
            ),
            Img(
                im("11/hoi-nghi-vien-chuc.jpg"),
                "Đồng chí Hiệu trưởng phát biểu tại Hội nghị",
                "Đồng chí Hiệu trưởng phát biểu tại Hội nghị",
                "tbl",
            ),
            P("Các chỉ tiêu năm 2027", "h"),
            P("Mở từ 28 đến 30 lớp đào tạo, bồi dưỡng theo kế hoạch được giao.", "li"),
            P("Phấn đấu 100% bài giảng có liên hệ thực tiễn của tỉnh Lạng Sơn.", "li"),
            P("Hoàn thành việc chuyển đổi số trong quản lý đào tạo và thư viện.", "li"),
            P(
                "Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí và biểu "
                "quyết thông qua Quy chế chi tiêu nội bộ sửa đổi."
            ),
            byline("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        summary=(
            "Chiều 26/11, Trường Chính trị tỉnh Lạng Sơn long trọng tổ chức Hội nghị viên chức, "
            "người lao động năm 2026 với sự tham dự của 64 cán bộ, giảng viên, nhân viên."
        ),
        opts={"date": "27/11/2026"},
    ),
    Story(
        97,
        "van-dung-tu-tuong-ho-chi-minh-ve-tu-phe-binh-va-phe-binh-trong-cong-tac-xay-dung-dang",
        "Vận dụng tư tưởng Hồ Chí Minh về tự phê bình và phê bình trong công tác xây dựng Đảng hiện nay",
        "8",
        "2026-11-25",
        [
            P("1. Tư tưởng Hồ Chí Minh về tự phê bình và phê bình", "h"),
            P(
                "Chủ tịch Hồ Chí Minh coi tự phê bình và phê bình là “việc thường ngày như rửa mặt”. "
                "Người chỉ rõ: Một Đảng mà giấu giếm khuyết điểm của mình là một Đảng hỏng. Một Đảng "
                "có gan thừa nhận khuyết điểm của mình, vạch rõ những cái đó, vì đâu mà có khuyết điểm "
                "đó, xét rõ hoàn cảnh sinh ra khuyết điểm đó, rồi tìm kiếm mọi cách để sửa chữa khuyết "
                "điểm đó. Như thế là một Đảng tiến bộ, mạnh dạn, chắc chắn, chân chính."
            ),
            P(
                "Theo Người, mục đích của tự phê bình và phê bình là để giúp nhau sửa chữa, giúp nhau "
                "tiến bộ; phê bình việc làm chứ không phải phê bình người; phải thẳng thắn, chân thành, "
                "có lý, có tình, tránh “đao to búa lớn”, tránh “nể nang, ngại va chạm”.",
                "quote",
            ),
            P("2. Một số giải pháp", "h"),
            P(
                "Một là, nâng cao nhận thức của cán bộ, đảng viên về vị trí, vai trò của tự phê bình "
                "và phê bình; đưa nội dung này vào chương trình bồi dưỡng lý luận chính trị ở Trường "
                "Chính trị tỉnh và các Trung tâm Chính trị cấp huyện."
            ),
            P(
                "Hai là, người đứng đầu cấp ủy phải gương mẫu tự phê bình trước; kết hợp chặt chẽ giữa "
                "tự phê bình và phê bình trong Đảng với phát huy vai trò giám sát của Nhân dân, của Mặt "
                "trận Tổ quốc và các đoàn thể chính trị - xã hội."
            ),
            P(
                "Ba là, gắn kết quả tự phê bình và phê bình với công tác cán bộ, xử lý nghiêm những "
                "trường hợp lợi dụng phê bình để đả kích, chia rẽ nội bộ."
            ),
            byline("TS. Hoàng Văn Nam - Khoa Lý luận cơ sở"),
        ],
        authors=["Hoàng Văn Nam"],
        summary=(
            "Tự phê bình và phê bình là quy luật phát triển của Đảng, là vũ khí sắc bén để Đảng "
            "tự chỉnh đốn, tự đổi mới. Bài viết phân tích những nội dung cơ bản trong tư tưởng "
            "Hồ Chí Minh về tự phê bình và phê bình, từ đó đề xuất một số giải pháp vận dụng trong "
            "công tác xây dựng Đảng ở Đảng bộ tỉnh Lạng Sơn hiện nay."
        ),
        sapo_outside=True,
        opts={"date": "25/11/2026"},
    ),
    Story(
        95,
        "truong-chinh-tri-tinh-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Trường Chính trị tỉnh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "5",
        "2026-11-20T10:45:00+07:00",
        [
            P(
                "Sáng 19/11, Trường Chính trị tỉnh Lạng Sơn tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
                "Việt Nam (20/11/1982 - 20/11/2026). Dự buổi lễ có đồng chí Phó Bí thư Thường trực "
                "Tỉnh ủy, lãnh đạo một số sở, ngành và các thế hệ nhà giáo của trường qua các thời kỳ."
            ),
            Img(
                im("11/ky-niem-20-11-1.jpg"),
                "Các đại biểu tặng hoa chúc mừng nhà trường",
                "Các đại biểu tặng hoa chúc mừng nhà trường",
                "plain",
            ),
            P(
                "Ôn lại truyền thống, đồng chí Hiệu trưởng nhấn mạnh: trải qua hơn 75 năm xây dựng và "
                "trưởng thành, nhà trường đã đào tạo, bồi dưỡng hàng vạn lượt cán bộ cho hệ thống "
                "chính trị của tỉnh, nhiều đồng chí đã trở thành cán bộ lãnh đạo chủ chốt."
            ),
            P(
                "Dịp này, 5 giảng viên được tặng Giấy khen của Giám đốc Sở Nội vụ; 2 giảng viên đạt "
                "danh hiệu Giảng viên dạy giỏi cấp tỉnh năm 2026 được khen thưởng."
            ),
            Img(im("11/ky-niem-20-11-2.jpg"), None, None, "none"),
            P(
                "Sau buổi lễ, Công đoàn trường tổ chức giao lưu văn nghệ, thể thao giữa cán bộ, giảng "
                "viên với học viên các lớp đang học tập tại trường."
            ),
            byline("Tin: Lương Thị Thu; Ảnh: Hoàng Đức Anh"),
        ],
        authors=["Lương Thị Thu"],
        photographers=["Hoàng Đức Anh"],
        opts={"date": "20/11/2026", "time": "10:45"},
    ),
    Story(
        93,
        "khai-giang-lop-boi-duong-can-bo-doan-hoi-co-so-nam-2026",
        "Khai giảng lớp bồi dưỡng nghiệp vụ cán bộ Đoàn, Hội cơ sở năm 2026",
        "7",
        "2026-11-16",
        [
            P(
                "Ngày 16/11, Trường Chính trị tỉnh phối hợp với Tỉnh đoàn Lạng Sơn khai giảng lớp bồi "
                "dưỡng nghiệp vụ cho 95 cán bộ Đoàn, Hội cơ sở của 11 huyện, thành phố."
            ),
            P(
                "Trong 5 ngày, học viên được nghiên cứu các chuyên đề: kỹ năng tổ chức sinh hoạt chi "
                "đoàn; công tác tuyên truyền trên mạng xã hội; kỹ năng xây dựng kế hoạch và tổ chức "
                "hoạt động tình nguyện; công tác kiểm tra, giám sát của Đoàn."
            ),
            Img(
                im("11/lop-can-bo-doan.jpg"),
                "Học viên lớp bồi dưỡng thảo luận nhóm",
                "Học viên lớp bồi dưỡng thảo luận nhóm",
                "em",
            ),
            P(
                "Kết thúc khóa học, học viên viết bài thu hoạch và được cấp giấy chứng nhận hoàn thành "
                "chương trình bồi dưỡng."
            ),
            byline("Đoàn trường"),
        ],
        authors=["Đoàn trường"],
        opts={"date": "16/11/2026"},
    ),
    Story(
        92,
        "chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-thang-11",
        "Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề tháng 11",
        "5",
        "2026-11-12",
        [
            P(
                "Ngày 11/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề “Nâng cao chất "
                "lượng bài giảng gắn với thực tiễn cơ sở” với sự tham dự của đồng chí Bí thư Đảng ủy "
                "nhà trường."
            ),
            P(
                "Các đảng viên tập trung thảo luận những khó khăn khi đưa tình hình thực tiễn của địa "
                "phương vào bài giảng, việc cập nhật số liệu, văn bản mới và trao đổi kinh nghiệm đi "
                "thực tế tại các xã biên giới."
            ),
            P(
                "Chi bộ thống nhất mỗi giảng viên xây dựng ít nhất 2 tình huống thực tiễn cho mỗi bài "
                "giảng, hoàn thành trước ngày 30/12/2026."
            ),
        ],
        authors=["Vi Thị Hồng"],
        opts={"date": "12/11/2026", "tacgia": "Vi Thị Hồng"},
    ),
    Story(
        91,
        "hoi-thao-khoa-hoc-nang-cao-chat-luong-giang-day-ly-luan-chinh-tri-gan-voi-thuc-tien",
        "Hội thảo khoa học cấp trường “Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương”",
        "8",
        "2026-11-11T16:00:00+07:00",
        [
            P(
                "Chiều 10/11, Trường Chính trị tỉnh Lạng Sơn tổ chức Hội thảo khoa học cấp trường "
                "“Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương”. Hội "
                "thảo nhận được 26 tham luận của cán bộ, giảng viên nhà trường và các Trung tâm Chính "
                "trị cấp huyện."
            ),
            P("Những vấn đề đặt ra", "h3"),
            P(
                "Các tham luận chỉ ra rằng nội dung liên hệ thực tiễn trong nhiều bài giảng còn chung "
                "chung, chưa cập nhật; việc sử dụng tình huống, số liệu của tỉnh chưa thường xuyên; "
                "một bộ phận học viên chưa chủ động nghiên cứu tài liệu trước khi lên lớp."
            ),
            Img(
                im("11/hoi-thao-cap-truong.jpg"),
                "Đại biểu trình bày tham luận tại Hội thảo",
                "Đại biểu trình bày tham luận tại Hội thảo",
                "tbl",
            ),
            P("Kiến nghị của Hội thảo", "h3"),
            P("Xây dựng ngân hàng tình huống thực tiễn của tỉnh Lạng Sơn dùng chung.", "li"),
            P("Tăng thời lượng đi thực tế của giảng viên tại các xã vùng sâu, biên giới.", "li"),
            P("Đổi mới hình thức kiểm tra, đánh giá theo hướng vận dụng vào công việc.", "li"),
            P(
                "Kết luận Hội thảo, đồng chí Phó Hiệu trưởng giao Phòng Quản lý khoa học tổng hợp ý "
                "kiến, tham mưu Ban Giám hiệu ban hành kế hoạch thực hiện trong năm 2027."
            ),
            byline("ThS. Nông Thị Hà - Phòng Quản lý khoa học"),
        ],
        authors=["Nông Thị Hà"],
        opts={"date": "11/11/2026", "time": "16:00"},
    ),
    Story(
        90,
        "lang-son-day-manh-hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh",
        "Lạng Sơn đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "6",
        "2026-11-10",
        [
            P(
                "Ban Thường vụ Tỉnh ủy Lạng Sơn vừa ban hành kế hoạch tiếp tục đẩy mạnh học tập và làm "
                "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2026 - 2030, gắn với chủ đề "
                "năm 2027 của tỉnh."
            ),
            P(
                "Kế hoạch yêu cầu các cấp ủy, tổ chức đảng đưa nội dung học tập và làm theo Bác vào "
                "sinh hoạt chi bộ định kỳ; mỗi cán bộ, đảng viên đăng ký ít nhất một việc làm cụ thể "
                "để thực hiện trong năm."
            ),
            P(
                "Trường Chính trị tỉnh được giao biên soạn tài liệu bồi dưỡng chuyên đề và đưa nội "
                "dung này vào chương trình các lớp đào tạo, bồi dưỡng do trường tổ chức."
            ),
            Raw(
                '<p style="text-align: right;"><em>Nguồn: Cổng Thông tin điện tử tỉnh Lạng Sơn</em></p>'
            ),
            Raw('<p style="text-align: right;">BBT</p>'),
        ],
        source="Cổng Thông tin điện tử tỉnh Lạng Sơn",
        opts={"date": "10/11/2026"},
    ),
    Story(
        88,
        "be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4",
        "Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2026",
        "5",
        "2026-11-03",
        [
            P(
                "Ngày 02/11, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế "
                "giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
            ),
            P(
                "Sau 10 ngày học tập, 112 học viên là trưởng thôn, khối trưởng, bí thư chi bộ thôn, "
                "khối đã được bồi dưỡng những nội dung cơ bản về đường lối quốc phòng, an ninh của "
                "Đảng; xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân; công tác bảo vệ "
                "chủ quyền lãnh thổ, an ninh biên giới quốc gia."
            ),
            Img(
                im("11/be-giang-qpan.jpg"),
                "Trao giấy chứng nhận cho học viên hoàn thành khóa học",
                "Trao giấy chứng nhận cho học viên hoàn thành khóa học",
                "em",
            ),
            P(
                "Kết quả học tập: 100% học viên đạt yêu cầu, trong đó 38 học viên đạt loại giỏi.",
                "br",
            ),
            P("Học viên Hoàng Văn Lợi (xã Tân Thanh, huyện Văn Lãng) đạt điểm cao nhất lớp.", "br"),
            byline("Tin, ảnh: Nguyễn Thùy Linh"),
        ],
        authors=["Nguyễn Thùy Linh"],
        photographers=["Nguyễn Thùy Linh"],
        opts={"date": "03/11/2026"},
    ),
    Story(
        85,
        "doan-co-so-truong-chinh-tri-ra-quan-huong-ung-ngay-chu-nhat-xanh",
        "Đoàn cơ sở Trường Chính trị ra quân hưởng ứng “Ngày Chủ nhật xanh”",
        "5",
        "2026-10-20",
        [
            P(
                "Sáng Chủ nhật 18/10, Đoàn cơ sở Trường Chính trị tỉnh Lạng Sơn phối hợp với Đoàn "
                "phường Tam Thanh ra quân hưởng ứng “Ngày Chủ nhật xanh” lần thứ III năm 2026."
            ),
            P(
                "Hơn 40 đoàn viên thanh niên là cán bộ, giảng viên trẻ và học viên các lớp trung cấp "
                "đã dọn vệ sinh, thu gom rác thải khu vực hồ Phai Loạn, trồng 150 cây xanh dọc tuyến "
                "đường Lê Đại Hành."
            ),
            Img(
                im("10/chu-nhat-xanh.jpg"),
                "Đoàn viên trồng cây xanh dọc đường Lê Đại Hành",
                "Đoàn viên trồng cây xanh dọc đường Lê Đại Hành",
                "plain",
            ),
            P(
                "Hoạt động nhằm nâng cao ý thức bảo vệ môi trường, góp phần xây dựng thành phố Lạng "
                "Sơn xanh, sạch, đẹp."
            ),
            byline("Tin, ảnh: Đoàn trường"),
        ],
        authors=["Đoàn trường"],
        photographers=["Đoàn trường"],
        opts={"date": "20/10/2026"},
    ),
    Story(
        80,
        "chien-dich-bien-gioi-thu-dong-nam-1950-buoc-ngoat-cua-cuoc-khang-chien",
        "Chiến dịch Biên giới thu đông năm 1950 - bước ngoặt của cuộc kháng chiến chống thực dân Pháp",
        "9",
        "2026-09-16",
        [
            P(
                "Chiến dịch Biên giới thu đông năm 1950 là chiến dịch tiến công quy mô lớn đầu tiên "
                "do quân đội ta chủ động mở, diễn ra trên địa bàn hai tỉnh Cao Bằng, Lạng Sơn, mở ra "
                "bước ngoặt mới cho cuộc kháng chiến chống thực dân Pháp."
            ),
            P("Bối cảnh", "h"),
            P(
                "Năm 1950, thực dân Pháp thực hiện kế hoạch Rơve, tăng cường phòng ngự trên Đường số "
                "4, khóa chặt biên giới Việt - Trung nhằm cô lập căn cứ địa Việt Bắc. Tháng 6/1950, "
                "Ban Thường vụ Trung ương Đảng quyết định mở chiến dịch Biên giới."
            ),
            P("Diễn biến chính", "h"),
            P(
                "Từ 16 đến 18/9/1950: quân ta tiến công và tiêu diệt hoàn toàn cứ điểm Đông Khê.",
                "li",
            ),
            P(
                "Từ 01 đến 22/10/1950: ta tiêu diệt hai binh đoàn Lepage và Charton trên Đường số 4, "
                "quân Pháp phải rút khỏi thị xã Lạng Sơn; chiến dịch kết thúc thắng lợi.",
                "li",
            ),
            Img(
                im("09/tu-lieu-bien-gioi-1950.jpg"),
                "Bộ đội ta tiến công cứ điểm Đông Khê (ảnh tư liệu)",
                "Bộ đội ta tiến công cứ điểm Đông Khê (ảnh tư liệu)",
                "em",
            ),
            P("Ý nghĩa lịch sử", "h"),
            P(
                "Thắng lợi của chiến dịch đã khai thông biên giới Việt - Trung, nối liền nước ta với "
                "các nước xã hội chủ nghĩa, giải phóng một vùng rộng lớn từ Cao Bằng đến Đình Lập; "
                "quân ta giành được quyền chủ động chiến lược trên chiến trường chính Bắc Bộ."
            ),
            byline("PGS, TS. Lê Quang Thắng"),
            Raw('<p style="text-align: right;"><em>Nguồn: Tạp chí Cộng sản</em></p>'),
        ],
        authors=["Lê Quang Thắng"],
        source="Tạp chí Cộng sản",
        opts={"date": "16/09/2026"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def newest_first(items: list) -> list:
    return sorted(items, key=lambda s: (s.published_at[:10], s.id), reverse=True)


# --- document entries (VanBan): listed in "Thông tin tư liệu" with the posts ------------------

DOCS = [
    (
        210,
        "2026-12-01",
        "148-HD/BTGDVTU",
        "Hướng dẫn tuyên truyền kỷ niệm các ngày lễ lớn, sự kiện lịch sử năm 2027",
    ),
    (
        209,
        "2026-11-24",
        "3245/QĐ-UBND",
        "Quyết định phê duyệt kế hoạch đào tạo, bồi dưỡng cán bộ, công chức năm 2027",
    ),
    (208, "2026-11-19", "96-KH/TU", "Kế hoạch học tập, quán triệt Nghị quyết Hội nghị Trung ương"),
    (
        207,
        "2026-11-09",
        "12/TB-TCT",
        "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027",
    ),
    (
        206,
        "2026-11-02",
        "1021/SNV-CCVC",
        "Công văn về việc cử cán bộ tham gia bồi dưỡng ngạch chuyên viên chính",
    ),
    (205, "2026-10-26", "85-CV/TU", "Tài liệu sinh hoạt chi bộ tháng 11 năm 2026"),
    (204, "2026-10-14", "41/QĐ-TCT", "Quyết định ban hành Quy chế quản lý học viên"),
    (
        203,
        "2026-10-05",
        "39/QĐ-TCT",
        "Quyết định ban hành Quy chế đào tạo trung cấp lý luận chính trị",
    ),
    (202, "2026-09-28", "77-CV/TU", "Tài liệu sinh hoạt chi bộ tháng 10 năm 2026"),
    (
        201,
        "2026-09-21",
        "1712/QĐ-UBND",
        "Quyết định công nhận Trường Chính trị tỉnh đạt chuẩn mức 1",
    ),
]


def doc_slug(title: str) -> str:
    s = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def dmy(iso: str) -> str:
    y, m, d = iso[:10].split("-")
    return f"{d}/{m}/{y}"


class Item:
    """One entry of a leaf listing: a post or a document."""

    def __init__(self, story: Story | None = None, doc: tuple | None = None):
        self.story, self.doc = story, doc

    @property
    def key(self) -> tuple[str, int]:
        if self.story:
            return (self.story.published_at[:10], self.story.id)
        return (self.doc[1], self.doc[0])

    @property
    def title(self) -> str:
        return self.story.title if self.story else f"{self.doc[2]}: {self.doc[3]}"

    @property
    def href(self) -> str:
        if self.story:
            return story_path(self.story)
        return f"/Home/VanBan/{self.doc[0]}?title={doc_slug(self.doc[3])}"

    @property
    def date(self) -> str:
        return dmy(self.key[0])


def story_path(story: Story) -> str:
    return f"/Home/ChiTiet/{story.id}?title={story.slug}"


def leaf_items(leaf: int) -> list[Item]:
    items = [Item(story=s) for s in STORIES if int(s.cat) == leaf]
    if leaf == 9:
        items += [Item(doc=d) for d in DOCS]
    return sorted(items, key=lambda i: i.key, reverse=True)


SLIDER = newest_first(STORIES)[:4]
MOST_READ = [97, 95, 100, 91, 93]

GOLD = []
for _s in newest_first(STORIES):
    _alt = [f"/Home/ChiTiet/{_s.id}"] if _s in SLIDER else []
    GOLD.append(gold_record(_s, story_path(_s), LEAVES[int(_s.cat)], alt_paths=_alt))

NON_ARTICLES = [
    "/Home/DanhMuc/1",
    "/Home/DanhMuc/5?trang=2",
    "/Home/GioiThieu",
    "/Home/LienHe",
    "/Home/ThuVienAnh",
    f"/Home/VanBan/203?title={doc_slug(DOCS[7][3])}",
]


# --- printing ---------------------------------------------------------------------------------


def _ptext(p: P) -> str:
    return text(p.text)


def _image(img: Img) -> str:
    tag = f'<img alt="" src="{img.src}" style="width: 700px; height: 467px;" />'
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" '
            'style="width: 700px;"><tbody>'
            f"<tr><td>{tag}</td></tr>"
            f'<tr><td class="image_desc" style="text-align: center;">{esc(img.printed)}</td></tr>'
            "</tbody></table>"
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed and img.style == "em":
        out += f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    elif img.printed:
        out += f'\n<p style="text-align: center;">{esc(img.printed)}</p>'
    return out


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_image(b))
        elif b.style in ("li", "br", "th", "td"):
            group = []
            kinds = ("th", "td") if b.style in ("th", "td") else (b.style,)
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in kinds:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_ptext(p)}</li>" for p in group) + "</ul>")
            elif b.style == "br":
                out.append(
                    '<p style="text-align: justify;">'
                    + "<br />\n".join(_ptext(p) for p in group)
                    + "</p>"
                )
            else:
                rows = []
                for p in group:
                    cell = "th" if p.style == "th" else "td"
                    rows.append(
                        "<tr>"
                        + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in p.text.split(" | "))
                        + "</tr>"
                    )
                out.append(
                    '<table border="1" cellpadding="5" cellspacing="0" style="width: 100%; '
                    'border-collapse: collapse;"><tbody>' + "".join(rows) + "</tbody></table>"
                )
            continue
        elif b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{_ptext(b)}</strong></p>')
        elif b.style == "h":
            out.append(f"<p><strong>{_ptext(b)}</strong></p>")
        elif b.style == "h3":
            out.append(f"<h3>{_ptext(b)}</h3>")
        elif b.style == "quote":
            out.append(f'<blockquote><p style="text-align: justify;">{_ptext(b)}</p></blockquote>')
        else:
            out.append(f'<p style="text-align: justify;">{_ptext(b)}</p>')
        i += 1
    return "\n".join(out)


def top_menu() -> str:
    parts = [
        '<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>',
        '<li><a href="/Home/GioiThieu">Giới thiệu</a></li>',
    ]
    for pid, (name, leaves) in PARENTS.items():
        subs = "".join(
            f'<li><a href="/Home/DanhMuc/{leaf}">{esc(LEAVES[leaf])}</a></li>' for leaf in leaves
        )
        parts.append(
            f'<li class="has-sub"><a href="/Home/DanhMuc/{pid}">{esc(name)}</a>'
            f'<ul class="submenu" style="display:none">{subs}</ul></li>'
        )
    parts.append('<li><a href="/Home/ThuVienAnh">Thư viện ảnh</a></li>')
    parts.append('<li><a href="/Home/LienHe">Liên hệ</a></li>')
    cols = "".join(
        f'<div class="col-md-4"><h4>{esc(name)}</h4><ul>'
        + "".join(
            f'<li><a href="/Home/DanhMuc/{leaf}?trang=1">{esc(LEAVES[leaf])}</a></li>'
            for leaf in leaves
        )
        + "</ul></div>"
        for name, leaves in PARENTS.values()
    )
    parts.append(
        '<li class="mega"><a href="javascript:void(0)" class="btn-mega"><i class="fa fa-bars"></i> '
        f'Chuyên mục</a><div class="dropdown-panel" hidden><div class="row">{cols}</div></div></li>'
    )
    return '<ul class="mega-menu main-nav">' + "".join(parts) + "</ul>"


def mobile_menu() -> str:
    rows = [
        '<li><a href="/">Trang chủ</a></li>',
        '<li><a href="/Home/GioiThieu">Giới thiệu</a></li>',
    ]
    for pid, (name, leaves) in PARENTS.items():
        rows.append(
            f'<li class="m-parent"><a href="/Home/DanhMuc/{pid}">{esc(name.upper())}</a></li>'
        )
        rows += [
            f'<li class="m-child"><a href="/Home/DanhMuc/{leaf}">» {esc(LEAVES[leaf])}</a></li>'
            for leaf in leaves
        ]
    rows.append('<li><a href="/Home/ThuVienAnh">Thư viện ảnh</a></li>')
    rows.append('<li><a href="/Home/LienHe">Liên hệ</a></li>')
    return (
        '<nav class="mobile-nav d-lg-none"><button class="btn-toggle" type="button">'
        '<i class="fa fa-bars"></i> MENU</button><ul class="m-menu">'
        + "".join(rows)
        + "</ul></nav>"
    )


def sidebar() -> str:
    most = "".join(
        f'<li><a href="{story_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a>'
        f'<span class="views">({BY_ID[i].views()} lượt xem)</span></li>'
        for i in MOST_READ
    )
    return f"""<aside class="col-lg-4 sidebar">
<div class="widget most-read"><h3 class="widget-title">Tin đọc nhiều</h3><ol>{most}</ol></div>
<div class="widget poll"><h3 class="widget-title">Thăm dò ý kiến</h3>
<form method="post" action="/Home/BinhChon"><p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>
<label><input type="radio" name="PhuongAn" value="1"> Đẹp, dễ sử dụng</label><br>
<label><input type="radio" name="PhuongAn" value="2"> Bình thường</label><br>
<label><input type="radio" name="PhuongAn" value="3"> Khó tìm thông tin</label><br>
<input type="hidden" name="IdBinhChon" value="4"><button type="submit" class="btn btn-sm btn-primary">Bình chọn</button>
<a class="btn btn-sm btn-light" href="/Home/KetQuaBinhChon">Xem kết quả</a></form></div>
<div class="widget links"><h3 class="widget-title">Liên kết website</h3>
<select class="form-control" onchange="if(this.value) window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="https://langson.gov.vn">Cổng TTĐT tỉnh Lạng Sơn</option>
<option value="https://hcma.vn">Học viện CTQG Hồ Chí Minh</option>
<option value="https://tapchicongsan.org.vn">Tạp chí Cộng sản</option></select>
<a href="https://baolangson.vn" target="_blank"><img src="/Content/banners/bao-lang-son.png" alt="Báo Lạng Sơn"></a>
</div>
<div class="widget counter"><h3 class="widget-title">Thống kê truy cập</h3><ul>
<li>Đang online: <b>18</b></li><li>Hôm nay: <b>427</b></li><li>Tổng truy cập: <b>1.384.206</b></li></ul></div>
</aside>"""


def layout(request: Request, title: str, main: str, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link href="/Content/bootstrap.min.css" rel="stylesheet">
<link href="/Content/site.css?v=3.2.1" rel="stylesheet">
<link rel="shortcut icon" href="/favicon.ico">
{head}
</head>
<body>
<div class="top-bar"><div class="container"><span class="today"><i class="fa fa-calendar"></i> {esc(TODAY)}</span>
<form class="search-box" method="get" action="/Home/TimKiem"><input type="text" name="tukhoa" placeholder="Tìm kiếm...">
<button type="submit"><i class="fa fa-search"></i></button></form></div></div>
<header class="site-header"><div class="container"><a class="logo" href="/"><img src="/Content/images/logo-tct.png" alt="Logo"></a>
<div class="site-name"><p class="line-1">ĐẢNG BỘ TỈNH LẠNG SƠN</p><h1 class="line-2">TRƯỜNG CHÍNH TRỊ TỈNH LẠNG SƠN</h1></div>
</div></header>
<nav class="main-menu d-none d-lg-block"><div class="container">{top_menu()}</div></nav>
{mobile_menu()}
<div class="container main-content"><div class="row">
<div class="col-lg-8 content">{main}</div>
{sidebar()}
</div></div>
<footer class="site-footer"><div class="container">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH LẠNG SƠN</strong></p>
<p>Địa chỉ: Số 8 đường Lê Đại Hành, phường Tam Thanh, thành phố Lạng Sơn, tỉnh Lạng Sơn</p>
<p>Điện thoại: 0205 3812 445 - Fax: 0205 3812 446 - Email: truongchinhtri@langson.gov.vn</p>
<p>Chịu trách nhiệm chính: Hiệu trưởng Trường Chính trị tỉnh Lạng Sơn</p>
<p class="copyright">Bản quyền &copy; 2026 Trường Chính trị tỉnh Lạng Sơn. Thiết kế bởi Công ty CP Phần mềm Đông Bắc</p>
</div></footer>
<script src="/Scripts/jquery-3.6.0.min.js"></script>
<script src="/Scripts/menu.js"></script>
<script>$(".has-sub").hover(function(){{$(this).children(".submenu").stop().slideDown(150);}},function(){{$(this).children(".submenu").stop().slideUp(150);}});
$(".btn-mega").click(function(){{var p=$(this).next(".dropdown-panel");p.prop("hidden",!p.prop("hidden"));}});</script>
</body>
</html>"""


def page(request: Request, title: str, main: str, head: str = "", status: int = 200) -> Response:
    return html(layout(request, f"{title} - {SITE_TITLE}", main, head), status=status)


def not_found(request: Request) -> Response:
    main = '<div class="error-page"><h2>Không tìm thấy trang yêu cầu</h2><p><a href="/">Về trang chủ</a></p></div>'
    return page(request, "Lỗi", main, status=404)


def news_item(item: Item, thumb: bool = True) -> str:
    img = ""
    if thumb and item.story and item.story.images:
        img = (
            f'<a class="thumb" href="{item.href}"><img src="{item.story.images[0].src}" alt=""></a>'
        )
    elif thumb:
        img = f'<a class="thumb" href="{item.href}"><img src="/Content/images/no-image.png" alt=""></a>'
    return (
        f'<div class="news-item">{img}<h3 class="news-title"><a href="{item.href}">{esc(item.title)}</a></h3>'
        f'<span class="news-date">({item.date})</span></div>'
    )


def home(request: Request) -> Response:
    slides = "".join(
        f'<div class="slide-item"><a href="/Home/ChiTiet/{s.id}"><img src="{(s.images or [Img("/Content/images/no-image.png")])[0].src}" alt=""></a>'
        f'<h3><a href="/Home/ChiTiet/{s.id}">{esc(s.title)}</a></h3></div>'
        for s in SLIDER
    )
    boxes = []
    for pid, (name, leaves) in PARENTS.items():
        items = sorted(
            (i for leaf in leaves for i in leaf_items(leaf)), key=lambda i: i.key, reverse=True
        )[:4]
        boxes.append(
            f'<div class="cat-box home-box"><div class="cat-box-head"><h2><a href="/Home/DanhMuc/{pid}">{esc(name)}</a></h2>'
            f'<a class="more" href="/Home/DanhMuc/{pid}">Xem thêm »</a></div>'
            + "".join(news_item(i, thumb=n == 0) for n, i in enumerate(items))
            + "</div>"
        )
    main = (
        f'<div class="featured-slider"><h2 class="block-title">Tin nổi bật</h2>{slides}</div>'
        + "".join(boxes)
    )
    return page(request, "Trang chủ", main)


def breadcrumb(*crumbs: tuple[str, str | None]) -> str:
    lis = ['<li class="breadcrumb-item"><a href="/">Trang chủ</a></li>']
    for label, href in crumbs:
        if href:
            lis.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
        else:
            lis.append(f'<li class="breadcrumb-item active">{esc(label)}</li>')
    return '<ol class="breadcrumb">' + "".join(lis) + "</ol>"


def parent_page(request: Request, pid: int) -> Response:
    name, leaves = PARENTS[pid]
    boxes = []
    for leaf in leaves:
        items = leaf_items(leaf)[:3]
        more = (
            ""
            if leaf in NO_SEE_ALL
            else f'<a class="see-all" href="/Home/DanhMuc/{leaf}">Xem tất cả</a>'
        )
        boxes.append(
            f'<div class="cat-box"><div class="cat-box-head"><h3>{esc(LEAVES[leaf])}</h3>{more}</div>'
            + "".join(news_item(i, thumb=n == 0) for n, i in enumerate(items))
            + "</div>"
        )
    main = breadcrumb((name, None)) + f'<h2 class="cat-title">{esc(name)}</h2>' + "".join(boxes)
    return page(request, name, main)


def pager(leaf: int, cur: int, pages: int) -> str:
    if pages <= 1:
        return ""
    base = f"/Home/DanhMuc/{leaf}?trang="
    links = [f'<a class="first" href="{base}1">« Đầu</a>']
    if cur > 1:
        links.append(f'<a class="prev" href="{base}{cur - 1}">‹</a>')
    for n in range(1, pages + 1):
        links.append(
            f'<span class="current">{n}</span>' if n == cur else f'<a href="{base}{n}">{n}</a>'
        )
    if cur < pages:
        links.append(f'<a class="next" href="{base}{cur + 1}">›</a>')
    links.append(f'<a class="last" href="{base}{pages}">Cuối »</a>')
    return '<div class="pagination">' + " ".join(links) + "</div>"


def leaf_page(request: Request, leaf: int) -> Response:
    raw = request.params.get("trang", "1")
    items = leaf_items(leaf)
    pages = max(1, -(-len(items) // PER_PAGE))
    if not raw.isdigit() or not 1 <= int(raw) <= pages:
        return not_found(request)
    cur = int(raw)
    chunk = items[(cur - 1) * PER_PAGE : cur * PER_PAGE]
    pid = PARENT_OF[leaf]
    rows = "".join(
        f'<div class="list-item">{news_item(i)}<p class="sapo">{esc(teaser(i))}</p></div>'
        for i in chunk
    )
    main = (
        breadcrumb((PARENTS[pid][0], f"/Home/DanhMuc/{pid}"), (LEAVES[leaf], None))
        + f'<h2 class="cat-title">{esc(LEAVES[leaf])}</h2><div class="list-news">{rows}</div>'
        + pager(leaf, cur, pages)
    )
    return page(request, LEAVES[leaf], main)


def teaser(item: Item) -> str:
    if item.doc:
        return f"Ngày ban hành: {dmy(item.doc[1])}"
    words = " ".join(b.text for b in item.story.blocks if isinstance(b, P)).split()
    return " ".join(words[:30]) + "..."


def article(request: Request, story: Story) -> Response:
    leaf = int(story.cat)
    pid = PARENT_OF[leaf]
    when = story.opts["date"] + (f" {story.opts['time']}" if story.opts.get("time") else "")
    info = f'<span class="ngay-dang"><i class="fa fa-clock-o"></i> Ngày đăng: {when}</span>'
    if story.opts.get("tacgia"):
        info += f' <span class="tac-gia">| Tác giả: {esc(story.opts["tacgia"])}</span>'
    info += f' <span class="luot-xem">| Lượt xem: {story.views()}</span>'
    sapo = (
        f'<div class="tom-tat"><strong>{text(story.summary)}</strong></div>'
        if story.sapo_outside
        else ""
    )
    others = [s for s in newest_first(STORIES) if s.cat == story.cat and s.id != story.id][:3]
    related = "".join(
        f'<li><a href="{story_path(s)}">{esc(s.title)}</a> <span>({dmy(s.published_at)})</span></li>'
        for s in others
    )
    tools = (
        '<div class="cong-cu"><a href="javascript:window.print()"><i class="fa fa-print"></i> In bài</a> '
        f'<a href="mailto:?subject={esc(story.slug)}"><i class="fa fa-envelope"></i> Gửi email</a> '
        '<a href="https://www.facebook.com/sharer/sharer.php?u='
        + esc(base_url(request) + story_path(story))
        + '" target="_blank"><i class="fa fa-facebook"></i> Chia sẻ</a></div>'
    )
    main = (
        breadcrumb((PARENTS[pid][0], f"/Home/DanhMuc/{pid}"), (LEAVES[leaf], None))
        + f'<div class="chi-tiet"><h2 class="tieu-de-bai">{esc(story.title)}</h2>'
        + f'<div class="thong-tin-bai">{info}</div>{sapo}'
        + f'<div class="noi-dung">\n{render_body(story)}\n</div>{tools}</div>'
        + (
            f'<div class="tin-khac"><h3>Các tin khác</h3><ul>{related}</ul></div>'
            if related
            else ""
        )
    )
    head = f'<link rel="canonical" href="{base_url(request)}{story_path(story)}">'
    return page(request, story.title, main, head)


def doc_page(request: Request, doc: tuple) -> Response:
    _id, day, number, subject = doc
    pdf = f"/Uploads/files/{doc_slug(number)}.pdf"
    table = (
        '<table class="table table-bordered van-ban"><tbody>'
        f"<tr><th>Số ký hiệu</th><td>{esc(number)}</td></tr>"
        f"<tr><th>Ngày ban hành</th><td>{dmy(day)}</td></tr>"
        f"<tr><th>Trích yếu</th><td>{esc(subject)}</td></tr>"
        "<tr><th>Cơ quan ban hành</th><td>Tỉnh ủy, UBND tỉnh Lạng Sơn và Trường Chính trị tỉnh</td></tr>"
        f'<tr><th>Tải về</th><td><a href="{pdf}"><i class="fa fa-file-pdf-o"></i> Tải văn bản</a></td></tr>'
        "</tbody></table>"
    )
    main = (
        breadcrumb(("Nghiên cứu khoa học", "/Home/DanhMuc/3"), ("Thông tin tư liệu", None))
        + f'<div class="van-ban-chi-tiet"><h2 class="title-vb">{esc(number)}</h2>{table}</div>'
    )
    return page(request, subject, main)


def gioi_thieu(request: Request) -> Response:
    main = (
        breadcrumb(("Giới thiệu", None))
        + """<div class="static-page"><h2>Giới thiệu Trường Chính trị tỉnh Lạng Sơn</h2>
<p>Trường Chính trị tỉnh Lạng Sơn là đơn vị sự nghiệp công lập trực thuộc Tỉnh ủy, có chức năng đào tạo,
bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở và cấp huyện.</p>
<p>Nhà trường có 5 khoa, phòng: Khoa Lý luận cơ sở, Khoa Xây dựng Đảng, Khoa Nhà nước và pháp luật,
Phòng Quản lý đào tạo, Phòng Tổ chức - Hành chính.</p>
<p>Năm 2024, nhà trường được công nhận đạt chuẩn mức 1.</p></div>"""
    )
    return page(request, "Giới thiệu", main)


def lien_he(request: Request) -> Response:
    main = (
        breadcrumb(("Liên hệ", None))
        + """<div class="contact-page"><h2>Liên hệ</h2>
<p>Trường Chính trị tỉnh Lạng Sơn - Số 8 đường Lê Đại Hành, phường Tam Thanh, thành phố Lạng Sơn</p>
<p>Điện thoại: 0205 3812 445 - Email: truongchinhtri@langson.gov.vn</p>
<form method="post" action="/Home/LienHe" class="form-contact">
<input type="text" name="HoTen" placeholder="Họ và tên"><input type="email" name="Email" placeholder="Email">
<input type="text" name="TieuDe" placeholder="Tiêu đề"><textarea name="NoiDung" placeholder="Nội dung"></textarea>
<button type="submit">Gửi liên hệ</button></form></div>"""
    )
    return page(request, "Liên hệ", main)


def thu_vien_anh(request: Request) -> Response:
    albums = [
        ("Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", "11/album-20-11"),
        ("Khai giảng lớp Trung cấp LLCT K45", "12/album-k45"),
        ("Hội thao cán bộ, viên chức năm 2026", "10/album-hoi-thao"),
    ]
    cards = "".join(
        f'<div class="album"><img src="/Uploads/images/2026/{folder}/anh-{n}.jpg" alt="{esc(name)}">'
        f'<p class="album-name">{esc(name)}</p></div>'
        for name, folder in albums
        for n in (1, 2)
    )
    main = (
        breadcrumb(("Thư viện ảnh", None))
        + f'<h2 class="cat-title">Thư viện ảnh</h2><div class="gallery">{cards}</div>'
    )
    return page(request, "Thư viện ảnh", main)


def search(request: Request) -> Response:
    word = unquote_plus(request.params.get("tukhoa", "")).strip().casefold()
    hits = [s for s in newest_first(STORIES) if word and word in s.title.casefold()]
    rows = (
        "".join(news_item(Item(story=s), thumb=False) for s in hits)
        or "<p>Không tìm thấy kết quả.</p>"
    )
    return page(
        request, "Tìm kiếm", breadcrumb(("Tìm kiếm", None)) + f'<div class="list-news">{rows}</div>'
    )


def poll_result(request: Request) -> Response:
    main = (
        '<div class="poll-result"><h2>Kết quả bình chọn</h2><ul><li>Đẹp, dễ sử dụng: 62%</li>'
        "<li>Bình thường: 29%</li><li>Khó tìm thông tin: 9%</li></ul></div>"
    )
    return page(request, "Kết quả bình chọn", main)


class VendorPortal:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if (
            path.startswith(("/Uploads/images/", "/Content/", "/Scripts/"))
            or path == "/favicon.ico"
        ):
            return static_file(path)
        if path.startswith("/Uploads/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path in ("/", "/Home", "/Home/Index"):
            return home(request)
        if m := re.fullmatch(r"/Home/ChiTiet/(\d+)", path):
            story = BY_ID.get(int(m.group(1)))
            return article(request, story) if story else not_found(request)
        if m := re.fullmatch(r"/Home/DanhMuc/(\d+)", path):
            cat = int(m.group(1))
            if cat in PARENTS and not request.query:
                return parent_page(request, cat)
            if cat in LEAVES:
                return leaf_page(request, cat)
            return not_found(request)
        if m := re.fullmatch(r"/Home/VanBan/(\d+)", path):
            doc = next((d for d in DOCS if d[0] == int(m.group(1))), None)
            return doc_page(request, doc) if doc else not_found(request)
        if path == "/Home/GioiThieu":
            return gioi_thieu(request)
        if path == "/Home/LienHe":
            return lien_he(request)
        if path == "/Home/ThuVienAnh":
            return thu_vien_anh(request)
        if path == "/Home/TimKiem":
            return search(request)
        if path in ("/Home/BinhChon", "/Home/KetQuaBinhChon"):
            return poll_result(request)
        return not_found(request)


def build_site() -> VendorPortal:
    return VendorPortal()
