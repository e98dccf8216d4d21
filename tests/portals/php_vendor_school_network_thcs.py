"""Trường THCS Lê Quý Đôn (Yên Lạc, Vĩnh Phúc) on a PHP vendor's network of school sites.

Platform
--------
"ADSoft SchoolWeb 3.2", a PHP/MySQL product a provincial vendor sold to a whole district: one
host, one database, one template; every school (and the district's education office) lives under
its own path prefix (``/thcs-lequydon-yenlac/``, ``/thcs-tamhong-yenlac/``,
``/thcs-dongcuong-yenlac/``, ``/pgd-yenlac/``) and the network home ``/`` lists the units and the
network's newest stories. Apache rewrites the SEO URLs to ``index.php?mod=…``; the template prints
``<base href="http://host/<prefix>/">`` and then writes every link relative to it.

URL scheme (one unit; ``P`` = ``/thcs-lequydon-yenlac``)
-------------------------------------------------------
- ``P/``                                   school home (start URL); ``P/index.php`` the same
- ``P/danh-sach-tin/<cat>.html``           a category's first list page (3 stories a page)
- ``P/danh-sach-tin/<cat>/trang-<n>.html`` page n (``trang-1.html`` is page 1 again)
- ``P/tin-tuc/<id>/<slug>.html``           article; routed on the id alone, any slug answers
- ``P/index.php?mod=tintuc&act=chitiet&id=<id>``  the raw (un-rewritten) article URL
- ``P/in-bai/<id>.html``                   print view ("In bài viết")
- ``P/gioi-thieu/<n>/<slug>.html``, ``P/lien-he.html``, ``P/van-ban.html``, ``P/van-ban/<id>.html``,
  ``P/thu-vien-anh.html``, ``P/thu-vien-anh/<id>/<slug>.html``, ``P/video.html``,
  ``P/video/<id>/<slug>.html``, ``P/tim-kiem.html?tukhoa=…``, ``P/binh-chon.html`` (poll, POST)
- ``/uploads/<prefix>/…`` photos and files (shared upload tree at the host's root),
  ``P/images/…``, ``P/templates/…`` theme images
- other units: the same scheme under their own prefix; ``/`` the network home.

Page templates
--------------
Every page: ``#top_banner`` (school logo and name in an ``<h1 class="ten_truong">``, the header
clock "Thứ Bảy, 05/12/2026", a "Hệ thống trường học" drop-down to the other units and ``/``),
``#menu_ngang`` (ul.ddmenu with drop-downs), ``.duongdan`` breadcrumb, ``.khung_giua`` main
column, ``.khung_phai`` right column (boxes "Thông báo" in a marquee, "Văn bản", "Tin toàn mạng",
"Liên kết" select + banners, "Thống kê truy cập", "Bình chọn"), ``#chantrang`` footer.
Article: ``h2.tieude_chitiet`` headline, ``.thongtin_tin`` meta line (date, vendor's "Tác giả"
field, "Người đăng" account, "Lượt xem"), ``.congcu_tin`` tools (font size, "In bài viết", e-mail),
optional ``.tomtat_tin`` (thumbnail + bold "Mô tả ngắn"), ``#noidung_tin.nd_chitiet`` (the editor's
HTML, then the vendor's own widgets: rating, Facebook like, "Bài viết khác"), ``.tukhoa_tin`` tags.
List page: ``.tin_ds`` items (thumbnail, ``h3.tieude_ds``, "(dd/mm/yyyy)", description,
"Xem tiếp »") and ``.phantrang`` pager.

How each gold article is reached (from ``P/``)
----------------------------------------------
Home: slider "Tin nổi bật" (1068, 1056 via index.php, 1065), "Tin mới nhất" (6 newest: 1068,
1066, 1065, 1061, 1059, 1056), one block per category (2 newest each: adds 1052, 1041), the
"Thông báo" box (1066, 1052 with a ``?PHPSESSID=``). "Bài viết khác" on an article lists the 2
newest other stories of its category. Reachable only through page 2 of a listing:
1037 and 1029 (Tin tức - Sự kiện, ``danh-sach-tin/12/trang-2.html``), 1033 (Hoạt động chuyên
môn, ``danh-sach-tin/15/trang-2.html``); 1049 is on page 2 of cat 12 and in "Bài viết khác".
Categories: 12 "Tin tức - Sự kiện" (5 + 1 shared item of the district office), 15 "Hoạt động
chuyên môn" (4), 18 "Thông báo" (2), 21 "Công tác Đội" (2).

Traps
-----
1. **One host, many schools** (scope by path prefix): the header drop-down, the logo link
   (``/``), the "Tin toàn mạng" box and the network home link to other schools' sites, whose
   articles are real articles in the very same template; the district office's story 8812 is even
   listed inside our own "Tin tức - Sự kiện" listing (vendor's "tin chia sẻ" feature) with a link
   to ``/pgd-yenlac/tin-tuc/8812/…``. Gold: only the 13 stories under ``/thcs-lequydon-yenlac/``;
   nothing from ``/thcs-tamhong-yenlac/``, ``/thcs-dongcuong-yenlac/``, ``/pgd-yenlac/`` or ``/``.
2. **Same id in two schools**: ``/thcs-tamhong-yenlac/tin-tuc/1056/…`` is another school's story
   with our 1056's id (one id sequence per unit). Gold: dedupe on the full path, never on the id.
3. **``<base href>`` + relative links**: all links are written relative to
   ``<base href="http://host/thcs-lequydon-yenlac/">`` (``tin-tuc/1061/….html``, ``in-bai/1061.html``,
   ``danh-sach-tin/12/trang-2.html``), so resolved against the page's own URL they land on
   ``…/tin-tuc/1061/tin-tuc/…`` which 404s. Gold: every path resolved against the base.
   Photos are mostly root-absolute ``/uploads/…``, but CKFinder inserted two as
   ``../uploads/thcs-lequydon-yenlac/…`` (1045, 1029): against the base that is
   ``/uploads/thcs-lequydon-yenlac/…`` (gold), against the page ``…/tin-tuc/uploads/…`` (404).
4. **PHP session ids in links**: the old "Thông báo" marquee module writes ``?PHPSESSID=<sid>``
   (trans-sid) after its links whether or not a cookie came back. Gold: those URLs are
   ``alt_paths`` of 1066 and 1052, not new articles.
5. **Four URLs for one article**: SEO URL, the raw ``index.php?mod=tintuc&act=chitiet&id=1056``
   (home slider), a stale slug (1056 was renamed; "Bài viết khác" caches the old slug
   ``mit-tinh-ky-niem-ngay-nha-giao-viet-nam.html``; any slug answers 200, no redirect, only
   ``og:url`` names the current one) and the print view ``in-bai/<id>.html``. Gold: the SEO URL
   with the current slug is ``path``; the others are ``alt_paths``.
6. **Sapo box printed twice**: the vendor prints the "Mô tả ngắn" field in ``.tomtat_tin`` (with a
   thumbnail) above the text; in 1065 the editor pasted the text's first paragraph into it, so the
   same paragraph is printed twice. Gold: summary = that paragraph, body carries it once. Where the
   box holds a real sapo (1068, 1059, 1056) it is summary and the body's first paragraph. The
   box's thumbnail (``/uploads/…/news/thumb/…``) is not an article image.
7. **Update date before publication date** (1056): "Cập nhật: 04/12/2026 09:10 | Ngày đăng:
   20/11/2026 10:30". Gold: 2026-11-20T10:30:00+07:00. The header clock "Thứ Bảy, 05/12/2026"
   has the very same form as the article's date line ("Thứ Năm, 03/12/2026 - 15:20").
8. **Imported stories at midnight**: 1052 came from the old system with "00:00". Gold: the day.
9. **Official notice** (1066): letterhead table, "Số: 58/TB-THCSLQĐ", "Yên Lạc, ngày 30 tháng 11
   năm 2026", "THÔNG BÁO / Lịch kiểm tra …", "Nơi nhận" + signer. Gold per the house convention:
   date 2026-11-30 (not the meta line's 01/12/2026 16:20), author the signer Nguyễn Văn Thắng;
   the schedule table's rows are body (cells joined by " | "), the attachment line is not.
10. **Vendor widgets inside the text container**: ``#noidung_tin`` ends with a star rating, a
    Facebook like box and the "Bài viết khác" list (``<p><strong>Bài viết khác</strong></p>`` then
    a ``<ul>`` of titles with dates) — it looks like the text's own heading and list. Not body.
11. **Bylines in three places**: the vendor's "Tác giả:" meta field (1061: a person -> author;
    1049: "Ban biên tập" -> nobody), the "Người đăng: lqd_quantri" account (nobody), and lines the
    editor typed at the end ("Tin, ảnh: …", "Bài: … - Ảnh: …", "ThS. … - Phó Hiệu trưởng",
    a group signing alone "Tổ Toán - Tin", "Ban Giám hiệu", "Phạm Thu Trang (Tổ KHXH)").
12. **Text encodings of the editors**: 1061 typed in decomposed Unicode (Unikey "Unicode tổ hợp",
    NFD, headline too); 1033 saved by FCKeditor with every non-ASCII character an entity; 1049
    with every second one an entity. Every page starts with two UTF-8 BOMs (two PHP include files
    saved with a BOM): the second one is a U+FEFF before the doctype. Gold: NFC text.
13. **Old editor markup**: 1045 is one ``<div>`` whose paragraphs are separated by ``<br />``
    (each line a paragraph); 1041 pasted from Word (``MsoNormal``, ``mso-list:Ignore`` "-"
    markers: no text); captions as a second table row (1068, 1059, 1037), as an italic centred
    line, in parentheses (1041: parentheses dropped), or only "Ảnh: X" (1059, 1029: caption None,
    X a photographer); empty ``<p>&nbsp;</p>`` spacers.

Gold decisions on ambiguous points
----------------------------------
- category: the breadcrumb's label ("Tin tức - Sự kiện", "Hoạt động chuyên môn", "Thông báo",
  "Công tác Đội").
- The ``.tomtat_tin`` thumbnail is a resized copy of the first photo: not an image of the article.
- "Ban biên tập" in the vendor's author field is the BBT: nobody. "Ban Giám hiệu" signing 1052 at
  the end of the text is a unit signing alone: the author.
- A closing "Theo Báo Vĩnh Phúc" is a source ("Báo Vĩnh Phúc"); "Theo kế hoạch, …" inside 1049
  is text. "Xem thêm: <link>" (1037) and "Tải về:/File đính kèm:" lines are not body.
- 1068 is signed by a group alone ("Tổ Khoa học Tự nhiên": the author as printed); 1059's
  "Ảnh: Lê Thu Phương" under a photo is a credit (caption None) and she is the photographer (also
  named in the closing "Bài: … - Ảnh: …" line); "(TPT Đội)", "(Tổ KHXH)", "- Phó Hiệu trưởng"
  and "ThS." are dropped from the names.
- The print view, the stale slug, the raw index.php URL and the PHPSESSID links print the same
  story: ``alt_paths``; the search pages reached through the tags ("Từ khóa") are listings.
- Intro pages, contact, document entries, the album and the video page are NON_ARTICLES, although
  intro pages carry an ``h2`` headline and long text.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from urllib.parse import quote_plus

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

NAME = "php_vendor_school_network_thcs"
PLATFORM = "PHP vendor school network (ADSoft SchoolWeb 3.2, one host, one prefix per school)"
START_PATH = "/thcs-lequydon-yenlac/"

PREFIX = "thcs-lequydon-yenlac"
SID = "PHPSESSID=9b2e71c4f05a3d8e6a1c7f2b40d9e385"
TODAY = _dt.date(2026, 12, 5)
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
PER_PAGE = 3
OTHERS_IN_LIST = 2


def vn_day(day: _dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()]}, {day:%d/%m/%Y}"


def _when(story: Story) -> _dt.datetime:
    return _dt.datetime.strptime(story.opts["when"], "%Y-%m-%d %H:%M")


U = f"/uploads/{PREFIX}/news"

# --- the school's 13 stories ------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1068,
        slug="soi-noi-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Sôi nổi Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="15",
        published_at="2026-12-03T15:20:00+07:00",
        summary=(
            "Từ ngày 23/11 đến ngày 02/12/2026, Trường THCS Lê Quý Đôn tổ chức Hội thi giáo viên "
            "dạy giỏi cấp trường với sự tham gia của 18 thầy cô thuộc ba tổ chuyên môn."
        ),
        sapo_outside=True,
        authors=["Tổ Khoa học Tự nhiên"],
        blocks=[
            P(
                "Hội thi là hoạt động chuyên môn trọng tâm của học kỳ I nhằm đánh giá năng lực vận "
                "dụng phương pháp, kỹ thuật dạy học tích cực theo Chương trình giáo dục phổ thông "
                "2018, đồng thời phát hiện, bồi dưỡng giáo viên tham gia hội thi cấp huyện."
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai tiết dạy: một tiết do giáo viên tự chọn và một "
                "tiết bốc thăm trước ba ngày. Ban giám khảo gồm đồng chí Hiệu trưởng, Phó Hiệu "
                "trưởng phụ trách chuyên môn và các tổ trưởng, tổ phó chuyên môn."
            ),
            Img(
                f"{U}/2026_12/hoi-thi-gvdg-1.jpg",
                "Cô giáo Vũ Thị Hồng Nhung trong tiết dạy môn Khoa học tự nhiên lớp 7A2",
                "Cô giáo Vũ Thị Hồng Nhung trong tiết dạy môn Khoa học tự nhiên lớp 7A2",
                "em",
            ),
            P(
                "Nhiều tiết dạy được đánh giá cao nhờ thiết kế hoạt động học tập rõ ràng, học sinh "
                "được thảo luận nhóm, thực hành thí nghiệm và tự trình bày sản phẩm. Việc ứng dụng "
                "công nghệ thông tin, bảng tương tác và học liệu số được các thầy cô sử dụng linh "
                "hoạt, đúng lúc."
            ),
            P(
                "Bên cạnh những ưu điểm, ban giám khảo cũng chỉ ra một số hạn chế cần khắc phục như "
                "phân bổ thời gian giữa các hoạt động chưa hợp lý, phần nhận xét, đánh giá học sinh "
                "ở một số tiết còn chung chung."
            ),
            Img(
                f"{U}/2026_12/hoi-thi-gvdg-2.jpg",
                "Ban giám khảo góp ý sau tiết dạy",
                "Ban giám khảo góp ý sau tiết dạy",
                "table",
            ),
            P(
                "Kết thúc hội thi, nhà trường đã công nhận 14 đồng chí đạt danh hiệu giáo viên dạy "
                "giỏi cấp trường, lựa chọn 5 đồng chí tiêu biểu tham gia Hội thi giáo viên dạy giỏi "
                "cấp huyện dự kiến tổ chức vào tháng 01/2027."
            ),
            Raw('<p style="text-align: right;"><strong>Tổ Khoa học Tự nhiên</strong></p>'),
        ],
        opts={"when": "2026-12-03 15:20", "tomtat": "outside", "thumb": "hoi-thi-gvdg-1.jpg",
              "tags": ["hội thi", "giáo viên dạy giỏi"]},
    ),
    Story(
        id=1066,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="18",
        published_at="2026-11-30",
        authors=["Nguyễn Văn Thắng"],
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">\n<tbody>\n'
                '<tr>\n<td style="width:40%;text-align:center;vertical-align:top">PHÒNG GD&amp;ĐT YÊN LẠC<br />\n'
                "<strong>TRƯỜNG THCS LÊ QUÝ ĐÔN</strong><br />\n"
                "Số: 58/TB-THCSLQĐ</td>\n"
                '<td style="width:60%;text-align:center;vertical-align:top"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />\n'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />\n"
                "<em>Yên Lạc, ngày 30 tháng 11 năm 2026</em></td>\n</tr>\n</tbody>\n</table>"
            ),
            Raw('<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n'
                "<strong>Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>"),
            P(
                "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027; căn cứ hướng dẫn của Phòng "
                "GD&ĐT Yên Lạc về việc kiểm tra, đánh giá cuối học kỳ I đối với cấp trung học cơ sở;"
            ),
            P("Trường THCS Lê Quý Đôn thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 như sau:"),
            P("1. Lịch kiểm tra tập trung", "b"),
            P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian làm bài", "row"),
            P("21/12/2026 | Sáng | 6, 7, 8, 9 | Ngữ văn | 90 phút", "row"),
            P("22/12/2026 | Sáng | 6, 7, 8, 9 | Toán | 90 phút", "row"),
            P("23/12/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "row"),
            P("24/12/2026 | Sáng | 6, 7, 8, 9 | Khoa học tự nhiên | 60 phút", "row"),
            P("2. Các môn còn lại", "b"),
            P(
                "Các môn Lịch sử và Địa lí, Giáo dục công dân, Công nghệ, Tin học kiểm tra theo thời "
                "khóa biểu từ ngày 14/12 đến ngày 19/12/2026; các môn đánh giá bằng nhận xét do giáo "
                "viên bộ môn thực hiện trên lớp."
            ),
            P("3. Yêu cầu", "b"),
            P(
                "Giáo viên chủ nhiệm phổ biến lịch kiểm tra tới học sinh và cha mẹ học sinh chậm nhất "
                "ngày 10/12/2026.",
                "li",
            ),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ tính giờ làm bài 15 phút, mang theo thẻ "
                "học sinh và đồ dùng học tập cần thiết.",
                "li",
            ),
            P(
                "Các tổ chuyên môn nộp đề kiểm tra, ma trận và bản đặc tả về Phó Hiệu trưởng phụ trách "
                "chuyên môn trước ngày 12/12/2026.",
                "li",
            ),
            P(
                "Nhận được thông báo này, đề nghị các tổ chuyên môn, giáo viên chủ nhiệm và toàn thể "
                "học sinh nghiêm túc thực hiện./."
            ),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">\n<tbody>\n<tr>\n'
                '<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br />\n'
                "- Phòng GD&amp;ĐT (để b/c);<br />\n- CB, GV, NV, HS;<br />\n- Lưu: VT.</td>\n"
                '<td style="width:50%;text-align:center;vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br />\n'
                "<em>(Đã ký)</em><br />\n<br />\n<strong>Nguyễn Văn Thắng</strong></td>\n</tr>\n</tbody>\n</table>"
            ),
            Raw(
                '<p><img alt="" src="images/icon_pdf.gif" /> File đính kèm: '
                f'<a href="/uploads/{PREFIX}/files/TB-58-lich-kiem-tra-HKI.pdf" target="_blank">'
                "TB-58-lich-kiem-tra-HKI.pdf</a></p>"
            ),
        ],
        opts={"when": "2026-12-01 16:20", "sid": True},
    ),
    Story(
        id=1065,
        slug="lien-doi-thcs-le-quy-don-ra-quan-thu-gom-giay-vun-huong-ung-phong-trao-ke-hoach-nho",
        title="Liên đội THCS Lê Quý Đôn ra quân thu gom giấy vụn hưởng ứng phong trào “Kế hoạch nhỏ”",
        cat="21",
        published_at="2026-11-28T09:05:00+07:00",
        summary=(
            "Sáng 28/11/2026, Liên đội Trường THCS Lê Quý Đôn tổ chức ra quân thu gom giấy vụn, vỏ "
            "chai nhựa hưởng ứng phong trào “Kế hoạch nhỏ” đợt 2, gây quỹ ủng hộ học sinh có hoàn "
            "cảnh khó khăn."
        ),
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Nguyễn Thị Thu Hà"],
        blocks=[
            P(
                "Sáng 28/11/2026, Liên đội Trường THCS Lê Quý Đôn tổ chức ra quân thu gom giấy vụn, vỏ "
                "chai nhựa hưởng ứng phong trào “Kế hoạch nhỏ” đợt 2, gây quỹ ủng hộ học sinh có hoàn "
                "cảnh khó khăn."
            ),
            P(
                "Ngay từ 6 giờ 45 phút, các chi đội đã tập kết sản phẩm tại sân trường theo khu vực "
                "được phân công. Nhiều chi đội chuẩn bị chu đáo, phân loại giấy, bìa các-tông và chai "
                "nhựa riêng để thuận tiện cho việc cân, tính khối lượng."
            ),
            Img(
                f"{U}/2026_11/ke-hoach-nho-dot-2.jpg",
                "Đội viên các chi đội khối 6 tập kết sản phẩm tại sân trường",
                "Đội viên các chi đội khối 6 tập kết sản phẩm tại sân trường",
                "em",
            ),
            P(
                "Kết quả, toàn liên đội thu được hơn 1,8 tấn giấy vụn và 320 kg vỏ chai nhựa, tăng gần "
                "400 kg so với đợt 1. Các chi đội 8A1, 9A2 và 6A3 dẫn đầu về khối lượng sản phẩm."
            ),
            P(
                "Toàn bộ số tiền thu được sẽ được Liên đội dùng để trao học bổng, tặng áo ấm và đồ dùng "
                "học tập cho các bạn học sinh có hoàn cảnh khó khăn nhân dịp Tết Nguyên đán Đinh Mùi "
                "2027."
            ),
            P(
                "Phong trào không chỉ giúp các em rèn luyện ý thức tiết kiệm, bảo vệ môi trường mà còn "
                "lan tỏa tinh thần “lá lành đùm lá rách” trong mỗi đội viên."
            ),
            Raw('<p style="text-align: right;"><strong><em>Tin, ảnh: Nguyễn Thị Thu Hà (TPT Đội)</em></strong></p>'),
        ],
        opts={"when": "2026-11-28 09:05", "tomtat": "dup", "thumb": "ke-hoach-nho-dot-2.jpg"},
    ),
    Story(
        id=1061,
        slug="hoi-nghi-cha-me-hoc-sinh-chung-tay-xay-dung-moi-truong-hoc-duong-an-toan-than-thien",
        title="Hội nghị cha mẹ học sinh: Chung tay xây dựng môi trường học đường an toàn, thân thiện",
        cat="12",
        published_at="2026-11-26T07:45:00+07:00",
        summary=(
            "Tối 25/11/2026, Trường THCS Lê Quý Đôn tổ chức hội nghị cha mẹ học sinh toàn trường "
            "nhằm thông tin kết quả giáo dục giữa học kỳ I và bàn giải pháp phối hợp giữa gia đình "
            "và nhà trường."
        ),
        authors=["Hoàng Minh Đức"],
        blocks=[
            P(
                "Tối 25/11/2026, Trường THCS Lê Quý Đôn tổ chức hội nghị cha mẹ học sinh toàn trường "
                "nhằm thông tin kết quả giáo dục giữa học kỳ I và bàn giải pháp phối hợp giữa gia đình "
                "và nhà trường.",
                "lead",
            ),
            P(
                "Tham dự hội nghị có đại diện lãnh đạo UBND thị trấn Yên Lạc, Ban đại diện cha mẹ học "
                "sinh nhà trường cùng gần 900 phụ huynh của 24 lớp."
            ),
            P(
                "Tại hội nghị, đồng chí Nguyễn Văn Thắng, Hiệu trưởng nhà trường, đã báo cáo tình hình "
                "thực hiện nhiệm vụ năm học, kết quả khảo sát chất lượng giữa kỳ và những vấn đề nổi "
                "lên như học sinh sử dụng điện thoại di động, tham gia giao thông khi chưa đủ tuổi "
                "điều khiển xe máy."
            ),
            P(
                "Nhiều ý kiến phụ huynh đề nghị nhà trường tăng cường các buổi sinh hoạt chuyên đề về "
                "kỹ năng sống, phòng chống bạo lực học đường và an toàn trên không gian mạng; đồng "
                "thời mong muốn được nhận thông tin học tập của con thường xuyên hơn qua sổ liên lạc "
                "điện tử."
            ),
            P(
                "Hội nghị thống nhất ký cam kết giữa gia đình và nhà trường về việc không để học sinh "
                "điều khiển xe máy đến trường, quản lý thời gian sử dụng điện thoại của con tại nhà và "
                "phối hợp chặt chẽ với giáo viên chủ nhiệm."
            ),
            Raw("<p>&nbsp;</p>"),
            P(
                "Sau phiên họp toàn thể, phụ huynh về các lớp họp với giáo viên chủ nhiệm, bầu Ban đại "
                "diện cha mẹ học sinh lớp năm học 2026 - 2027."
            ),
        ],
        opts={"when": "2026-11-26 07:45", "enc": "nfd", "tacgia": "Hoàng Minh Đức"},
    ),
    Story(
        id=1059,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-qua-hoat-dong-trai-nghiem-mon-ngu-van-8",
        title="Chuyên đề “Dạy học phát triển năng lực qua hoạt động trải nghiệm” môn Ngữ văn 8",
        cat="15",
        published_at="2026-11-24T14:00:00+07:00",
        summary=(
            "Chiều 24/11/2026, Tổ Khoa học Xã hội tổ chức chuyên đề cấp trường môn Ngữ văn 8 với "
            "bài học “Tiếng cười trào phúng trong thơ” theo hướng tổ chức hoạt động trải nghiệm cho "
            "học sinh."
        ),
        sapo_outside=True,
        authors=["Nguyễn Thị Mai Hương"],
        photographers=["Lê Thu Phương"],
        blocks=[
            P(
                "Tiết dạy minh họa do thầy giáo Trần Văn Minh thực hiện tại lớp 8A3. Thay vì đọc - hiểu "
                "theo cách truyền thống, học sinh được chia thành các nhóm “phóng viên”, “nhà phê "
                "bình” và “diễn viên” để tìm hiểu, trình bày và sân khấu hóa văn bản."
            ),
            Img(
                f"{U}/2026_11/chuyen-de-ngu-van-8-a.jpg",
                "Học sinh lớp 8A3 sân khấu hóa văn bản trong tiết học",
                "Học sinh lớp 8A3 sân khấu hóa văn bản trong tiết học",
                "table",
            ),
            P(
                "Sau tiết dạy, các thầy cô trong tổ tập trung phân tích cách giáo viên giao nhiệm vụ, "
                "quan sát và hỗ trợ học sinh, cũng như cách sử dụng phiếu học tập và bảng kiểm để "
                "đánh giá sản phẩm của các nhóm."
            ),
            P(
                "“Điều tôi muốn hướng tới là để học sinh tự tìm ra tiếng cười trong tác phẩm, chứ "
                "không phải nghe thầy giảng về tiếng cười”, thầy Minh chia sẻ.",
                "quote",
            ),
            Img(f"{U}/2026_11/chuyen-de-ngu-van-8-b.jpg", "Ảnh: Lê Thu Phương", None, "em"),
            P(
                "Đồng chí Đỗ Thị Lan Anh, Phó Hiệu trưởng nhà trường, đánh giá chuyên đề đã đáp ứng "
                "yêu cầu đổi mới phương pháp, đề nghị các tổ chuyên môn tiếp tục nhân rộng mô hình "
                "trong học kỳ II."
            ),
            Raw(
                '<p><strong>Tải về:</strong> <a href="/uploads/thcs-lequydon-yenlac/files/KHBD-ngu-van-8-bai-4.pdf">'
                "Kế hoạch bài dạy minh họa (PDF)</a></p>"
            ),
            Raw(
                '<p style="text-align: right;"><em><strong>Bài: Nguyễn Thị Mai Hương - Ảnh: Lê Thu Phương'
                "</strong></em></p>"
            ),
        ],
        opts={"when": "2026-11-24 14:00", "tomtat": "outside", "thumb": "chuyen-de-ngu-van-8-a.jpg"},
    ),
    Story(
        id=1056,
        slug="truong-thcs-le-quy-don-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Trường THCS Lê Quý Đôn kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="12",
        published_at="2026-11-20T10:30:00+07:00",
        summary=(
            "Sáng 20/11/2026, Trường THCS Lê Quý Đôn long trọng tổ chức lễ mít tinh kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tổng kết phong trào thi đua “Hai "
            "tốt”."
        ),
        sapo_outside=True,
        authors=["Đỗ Thị Lan Anh"],
        blocks=[
            P(
                "Về dự buổi lễ có đại diện lãnh đạo Phòng GD&ĐT Yên Lạc, Đảng ủy, UBND thị trấn Yên "
                "Lạc, Ban đại diện cha mẹ học sinh cùng các thế hệ thầy cô giáo đã nghỉ hưu của nhà "
                "trường."
            ),
            P(
                "Mở đầu chương trình là các tiết mục văn nghệ chào mừng do học sinh các khối biểu diễn, "
                "ca ngợi tình thầy trò và mái trường thân yêu."
            ),
            Img(
                f"{U}/2026_11/mit-tinh-20-11-van-nghe.jpg",
                "Tiết mục múa “Bụi phấn” của học sinh lớp 9A1",
                "Tiết mục múa “Bụi phấn” của học sinh lớp 9A1",
                "em",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy giáo Nguyễn Văn Thắng, Hiệu trưởng nhà trường, ôn lại "
                "truyền thống vẻ vang của ngành Giáo dục Việt Nam và những kết quả nhà trường đạt được "
                "trong năm học 2025 - 2026: 46 giải học sinh giỏi cấp huyện, 17 giải cấp tỉnh, tỷ lệ "
                "học sinh lớp 9 đỗ vào các trường THPT công lập đạt 92,6%."
            ),
            P(
                "Dịp này, nhà trường khen thưởng 12 giáo viên có thành tích xuất sắc trong phong trào "
                "thi đua “Hai tốt” đợt 1 và trao 15 suất học bổng “Vượt khó học tốt” cho học sinh có "
                "hoàn cảnh khó khăn."
            ),
            Img(
                f"{U}/2026_11/mit-tinh-20-11-khen-thuong.jpg",
                "Lãnh đạo nhà trường trao thưởng cho các giáo viên có thành tích xuất sắc",
                "Lãnh đạo nhà trường trao thưởng cho các giáo viên có thành tích xuất sắc",
                "em",
            ),
            P(
                "Thay mặt các thầy cô giáo, cô giáo Phạm Thu Trang bày tỏ niềm vinh dự, tự hào và hứa "
                "tiếp tục rèn luyện, tu dưỡng, đổi mới phương pháp giảng dạy, xứng đáng với sự tin yêu "
                "của học sinh và cha mẹ học sinh."
            ),
            Raw('<p style="text-align: right;"><em>ThS. Đỗ Thị Lan Anh - Phó Hiệu trưởng</em></p>'),
        ],
        opts={"when": "2026-11-20 10:30", "updated": "04/12/2026 09:10", "tomtat": "outside",
              "thumb": "mit-tinh-20-11-van-nghe.jpg",
              "old_slug": "mit-tinh-ky-niem-ngay-nha-giao-viet-nam", "raw_url": True,
              "tags": ["20/11", "Ngày Nhà giáo Việt Nam"]},
    ),
    Story(
        id=1052,
        slug="thong-bao-tuyen-chon-hoc-sinh-vao-doi-tuyen-hoc-sinh-gioi-lop-9-cap-huyen",
        title="Thông báo tuyển chọn học sinh vào đội tuyển học sinh giỏi lớp 9 cấp huyện",
        cat="18",
        published_at="2026-11-16",
        authors=["Ban Giám hiệu"],
        blocks=[
            P(
                "Thực hiện kế hoạch bồi dưỡng học sinh giỏi năm học 2026 - 2027, nhà trường thông báo "
                "tổ chức khảo sát tuyển chọn học sinh lớp 9 vào các đội tuyển dự thi học sinh giỏi cấp "
                "huyện."
            ),
            P("Môn thi tuyển chọn:", "b"),
            P(
                "Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên (Vật lí, Hóa học, Sinh học), Lịch sử và "
                "Địa lí, Tin học.",
                "li",
            ),
            P("Thời gian, địa điểm:", "b"),
            P(
                "Khảo sát vào các buổi chiều ngày 23 và 24/11/2026, từ 14 giờ 00 tại phòng học khu nhà B.",
                "li",
            ),
            P(
                "Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 20/11/2026; mỗi học sinh đăng ký "
                "tối đa hai môn.",
                "li",
            ),
            P(
                "Kết quả khảo sát là căn cứ để lựa chọn học sinh vào đội tuyển; các em được chọn sẽ "
                "tham gia bồi dưỡng theo lịch riêng của nhà trường từ tháng 12/2026."
            ),
            P(
                "Đề nghị giáo viên chủ nhiệm các lớp 9 thông báo tới học sinh và cha mẹ học sinh để "
                "đăng ký đúng thời hạn."
            ),
            Raw('<p style="text-align: right;"><strong>Ban Giám hiệu</strong></p>'),
        ],
        opts={"when": "2026-11-16 00:00", "sid": True},
    ),
    Story(
        id=1049,
        slug="hoc-sinh-truong-thcs-le-quy-don-gianh-12-giai-tai-hoi-khoe-phu-dong-cap-huyen",
        title="Học sinh Trường THCS Lê Quý Đôn giành 12 giải tại Hội khỏe Phù Đổng cấp huyện",
        cat="12",
        published_at="2026-11-12T16:40:00+07:00",
        source="Báo Vĩnh Phúc",
        blocks=[
            P(
                "Hội khỏe Phù Đổng huyện Yên Lạc lần thứ X năm 2026 đã bế mạc chiều 11/11 sau 5 ngày "
                "tranh tài sôi nổi với sự tham gia của gần 800 vận động viên đến từ các trường tiểu "
                "học và trung học cơ sở trong huyện."
            ),
            P(
                "Theo kế hoạch, Hội khỏe năm nay tổ chức thi đấu 8 môn gồm điền kinh, bơi, bóng đá, "
                "cầu lông, bóng bàn, cờ vua, đá cầu và võ cổ truyền."
            ),
            P(
                "Đoàn vận động viên Trường THCS Lê Quý Đôn tham gia 6 môn và giành 12 giải, trong đó "
                "có 4 huy chương vàng, 3 huy chương bạc và 5 huy chương đồng, xếp thứ ba toàn đoàn khối "
                "trung học cơ sở."
            ),
            Img(
                f"{U}/2026_11/hkpd-khoi-800m.jpg",
                "Em Nguyễn Minh Khôi (lớp 9A2) về nhất nội dung chạy 800 m nam",
                "Em Nguyễn Minh Khôi (lớp 9A2) về nhất nội dung chạy 800 m nam",
                "em",
            ),
            P(
                "Nổi bật là em Nguyễn Minh Khôi, học sinh lớp 9A2, giành hai huy chương vàng ở các nội "
                "dung chạy 800 m và 1.500 m nam; đội cờ vua nữ giành huy chương vàng đồng đội."
            ),
            P(
                "Các vận động viên xuất sắc sẽ được lựa chọn tham gia tập huấn, chuẩn bị cho Hội khỏe "
                "Phù Đổng tỉnh Vĩnh Phúc năm 2027."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Vĩnh Phúc</em></p>'),
        ],
        opts={"when": "2026-11-12 16:40", "enc": "ent2", "tacgia": "Ban biên tập",
              "thumb": "hkpd-khoi-800m.jpg"},
    ),
    Story(
        id=1045,
        slug="to-toan-tin-sinh-hoat-chuyen-mon-theo-huong-nghien-cuu-bai-hoc",
        title="Tổ Toán - Tin sinh hoạt chuyên môn theo hướng nghiên cứu bài học",
        cat="15",
        published_at="2026-11-06T08:30:00+07:00",
        authors=["Tổ Toán - Tin"],
        blocks=[
            P(
                "Thực hiện kế hoạch sinh hoạt chuyên môn học kỳ I, ngày 05/11/2026, Tổ Toán - Tin đã tổ "
                "chức buổi sinh hoạt chuyên môn theo hướng nghiên cứu bài học tại lớp 7A1."
            ),
            P(
                "Bài học được chọn là “Tam giác cân” (Toán 7). Giáo án được cả tổ cùng xây dựng trong "
                "hai tuần trước đó, thầy giáo Nguyễn Đức Long là người dạy minh họa."
            ),
            P(
                "Trong tiết học, các thành viên trong tổ không tập trung nhận xét giáo viên mà quan sát "
                "kỹ hoạt động của từng nhóm học sinh: em nào tích cực, em nào còn lúng túng, vì sao các "
                "em chưa hiểu bài."
            ),
            Img(f"../uploads/{PREFIX}/news/2026_11/nghien-cuu-bai-hoc-toan-7.jpg", None, None, "bare"),
            P(
                "Ở phần thảo luận sau giờ dạy, tổ đã chỉ ra nhiều điểm cần điều chỉnh: câu hỏi khởi "
                "động còn khó với một số học sinh, thời gian hoạt động gấp giấy để phát hiện tính chất "
                "tam giác cân cần kéo dài thêm."
            ),
            P(
                "Tổ thống nhất điều chỉnh giáo án và sẽ dạy lại ở lớp 7A3 vào tuần sau để so sánh hiệu "
                "quả."
            ),
            Raw('<div style="text-align: right;"><strong>Tổ Toán - Tin</strong></div>'),
        ],
        opts={"when": "2026-11-06 08:30", "form": "br"},
    ),
    Story(
        id=1041,
        slug="le-ket-nap-doi-vien-moi-dot-1-nam-hoc-2026-2027",
        title="Lễ kết nạp đội viên mới đợt 1 năm học 2026 - 2027",
        cat="21",
        published_at="2026-10-30T15:00:00+07:00",
        authors=["Lê Thu Phương"],
        blocks=[
            P(
                "Chiều 29/10/2026, Liên đội Trường THCS Lê Quý Đôn tổ chức Lễ kết nạp đội viên mới cho "
                "36 em học sinh khối 6 đã hoàn thành chương trình rèn luyện đội viên."
            ),
            P(
                "Buổi lễ diễn ra trang nghiêm với các nghi thức chào cờ, tuyên bố lý do, đọc quyết định "
                "kết nạp và trao khăn quàng đỏ cho các đội viên mới."
            ),
            Img(
                f"{U}/2026_10/ket-nap-doi-vien-dot-1.jpg",
                "(Các đội viên mới đọc lời hứa dưới cờ Đội)",
                "Các đội viên mới đọc lời hứa dưới cờ Đội",
                "em",
            ),
            P("Thay mặt các đội viên mới, em Trần Bảo Ngọc (lớp 6A2) hứa sẽ:"),
            P("Thực hiện tốt Năm điều Bác Hồ dạy thiếu niên, nhi đồng;", "li"),
            P("Tuân theo Điều lệ Đội Thiếu niên Tiền phong Hồ Chí Minh;", "li"),
            P("Giữ gìn danh dự Đội Thiếu niên Tiền phong Hồ Chí Minh.", "li"),
            P(
                "Phát biểu tại buổi lễ, cô Tổng phụ trách Đội Nguyễn Thị Thu Hà mong muốn các em luôn "
                "gương mẫu trong học tập, rèn luyện, tích cực tham gia các phong trào do Liên đội phát "
                "động."
            ),
            Raw(
                '<p class="MsoNormal" align="right" style="text-align:right"><b><span '
                'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">Lê Thu Phương'
                "<o:p></o:p></span></b></p>"
            ),
        ],
        opts={"when": "2026-10-30 15:00", "form": "mso", "thumb": "ket-nap-doi-vien-dot-1.jpg"},
    ),
    Story(
        id=1037,
        slug="tap-huan-ky-nang-phong-chong-duoi-nuoc-va-an-toan-giao-thong-cho-hoc-sinh",
        title="Tập huấn kỹ năng phòng, chống đuối nước và an toàn giao thông cho học sinh",
        cat="12",
        published_at="2026-10-22T09:15:00+07:00",
        source="Phòng GD&ĐT Yên Lạc",
        blocks=[
            P(
                "Ngày 21/10/2026, Phòng GD&ĐT Yên Lạc phối hợp với Công an huyện và Trung tâm Văn hóa - "
                "Thể thao huyện tổ chức tập huấn kỹ năng phòng, chống đuối nước và an toàn giao thông "
                "tại Trường THCS Lê Quý Đôn."
            ),
            P(
                "Gần 300 học sinh khối 6 và khối 7 được cán bộ Công an huyện phổ biến các quy định về "
                "độ tuổi điều khiển phương tiện, đội mũ bảo hiểm đúng cách và những tình huống nguy "
                "hiểm thường gặp trên đường đến trường."
            ),
            P(
                "Ở phần thực hành, các huấn luyện viên hướng dẫn học sinh cách nhận biết khu vực nước "
                "nguy hiểm, kỹ năng tự cứu khi bị chuột rút, cách sử dụng phao, sào và dây để hỗ trợ "
                "người bị đuối nước mà không tự đặt mình vào nguy hiểm."
            ),
            Img(
                f"{U}/2026_10/tap-huan-cuu-duoi.jpg",
                "Học sinh thực hành kỹ năng cứu đuối bằng sào và phao",
                "Học sinh thực hành kỹ năng cứu đuối bằng sào và phao",
                "table",
            ),
            P(
                "Buổi tập huấn nằm trong chuỗi hoạt động được triển khai tại 26 trường học trên địa "
                "bàn huyện từ nay đến hết tháng 11/2026."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="https://baovinhphuc.com.vn/giao-duc/'
                'trang-bi-ky-nang-phong-chong-duoi-nuoc-cho-hoc-sinh" target="_blank">Trang bị kỹ '
                "năng phòng, chống đuối nước cho học sinh</a></p>"
            ),
            Raw('<p style="text-align: right;"><strong>Nguồn: Phòng GD&amp;ĐT Yên Lạc</strong></p>'),
        ],
        opts={"when": "2026-10-22 09:15", "thumb": "tap-huan-cuu-duoi.jpg"},
    ),
    Story(
        id=1033,
        slug="doi-moi-sinh-hoat-to-chuyen-mon-kinh-nghiem-tu-to-khoa-hoc-xa-hoi",
        title="Đổi mới sinh hoạt tổ chuyên môn: kinh nghiệm từ Tổ Khoa học Xã hội",
        cat="15",
        published_at="2026-10-15T14:10:00+07:00",
        authors=["Phạm Thu Trang"],
        blocks=[
            P(
                "Từ đầu năm học 2026 - 2027, Tổ Khoa học Xã hội Trường THCS Lê Quý Đôn chuyển trọng "
                "tâm sinh hoạt chuyên môn từ việc phổ biến văn bản sang thảo luận các vấn đề cụ thể "
                "trong giờ dạy."
            ),
            P(
                "Mỗi buổi sinh hoạt, tổ chọn một tình huống có thật: một lớp học sinh ít phát biểu, một "
                "dạng câu hỏi mà nhiều em làm sai trong bài kiểm tra, hay cách tổ chức dự án học tập "
                "môn Lịch sử và Địa lí."
            ),
            P(
                "Giáo viên được phân công chuẩn bị trước, trình bày ngắn gọn và cả tổ cùng đề xuất "
                "giải pháp. Những giải pháp được thống nhất sẽ được áp dụng thử trong hai tuần, sau đó "
                "đánh giá lại ở buổi sinh hoạt tiếp theo."
            ),
            P("Kết quả bước đầu", "b"),
            P(
                "Sau hai tháng thực hiện, số giờ dạy xếp loại tốt của tổ tăng rõ rệt; nhiều giáo viên "
                "trẻ mạnh dạn đăng ký dạy minh họa, chia sẻ kinh nghiệm với đồng nghiệp."
            ),
            P(
                "Tổ cũng xây dựng kho học liệu dùng chung gồm hơn 200 phiếu học tập, bài trình chiếu "
                "và đề kiểm tra, giúp giáo viên tiết kiệm thời gian chuẩn bị bài."
            ),
            P(
                "Mô hình đang được nhà trường đề nghị các tổ chuyên môn khác tham khảo, vận dụng phù "
                "hợp với đặc thù từng môn học."
            ),
            Raw('<p style="text-align: right;"><em>Phạm Thu Trang (Tổ KHXH)</em></p>'),
        ],
        opts={"when": "2026-10-15 14:10", "enc": "ent1"},
    ),
    Story(
        id=1029,
        slug="huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        title="Hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        cat="12",
        published_at="2026-10-08T10:00:00+07:00",
        authors=["Hoàng Minh Đức"],
        photographers=["Lê Thu Phương"],
        blocks=[
            P(
                "Thực hiện kế hoạch của Phòng GD&ĐT Yên Lạc, từ ngày 01 đến ngày 07/10/2026, Trường "
                "THCS Lê Quý Đôn tổ chức nhiều hoạt động hưởng ứng Tuần lễ học tập suốt đời với chủ đề "
                "“Học tập suốt đời góp phần xây dựng xã hội học tập”."
            ),
            P(
                "Thư viện nhà trường mở cửa cả giờ ra chơi và buổi chiều, trưng bày hơn 500 đầu sách "
                "theo các chủ đề: kỹ năng sống, lịch sử địa phương, khoa học khám phá và văn học thiếu "
                "nhi."
            ),
            Img(f"../uploads/{PREFIX}/news/2026_10/tuan-le-hoc-tap-thu-vien.jpg", "Ảnh: Lê Thu Phương", None, "em"),
            P(
                "Các chi đội tổ chức giới thiệu sách dưới cờ, thi vẽ tranh “Cuốn sách em yêu” và cuộc "
                "thi kể chuyện theo sách dành cho học sinh khối 6, khối 7."
            ),
            P(
                "Cán bộ, giáo viên nhà trường cũng tham gia chuyên đề bồi dưỡng kỹ năng khai thác học "
                "liệu số, sử dụng thư viện điện tử phục vụ giảng dạy."
            ),
            Raw('<p style="text-align: right;"><strong>Hoàng Minh Đức</strong></p>'),
        ],
        opts={"when": "2026-10-08 10:00", "thumb": "tuan-le-hoc-tap-thu-vien.jpg"},
    ),
]


# --- the network's other units ------------------------------------------------------------------


def _short(sid: int, slug: str, title: str, cat: str, when: str, paras: list[str]) -> Story:
    return Story(id=sid, slug=slug, title=title, cat=cat, published_at=None,
                 blocks=[P(p) for p in paras], opts={"when": when})


@dataclass
class Unit:
    prefix: str
    name: str
    short: str
    address: str
    phone: str
    email: str
    cats: dict[str, str]
    stories: list[Story]
    shared: list[tuple[str, Story]] = field(default_factory=list)  # (cat, story of another unit)
    notice_cat: str | None = None

    def story(self, sid: int) -> Story | None:
        return next((s for s in self.stories if s.id == sid), None)

    def in_cat(self, cat: str) -> list[Story]:
        return sorted((s for s in self.stories if s.cat == cat), key=_when, reverse=True)


PGD_STORY = _short(
    8812,
    "huong-dan-kiem-tra-danh-gia-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    "Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027",
    "3",
    "2026-11-18 08:00",
    [
        "Phòng GD&ĐT Yên Lạc hướng dẫn các trường tiểu học, trung học cơ sở trên địa bàn tổ chức "
        "kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027 bảo đảm nghiêm túc, khách quan.",
        "Đề kiểm tra được xây dựng theo ma trận, bản đặc tả thống nhất trong tổ chuyên môn, phù hợp "
        "với yêu cầu cần đạt của chương trình; thời gian kiểm tra tập trung hoàn thành trước ngày "
        "31/12/2026.",
        "Các trường báo cáo kết quả về Phòng GD&ĐT qua hệ thống cơ sở dữ liệu ngành trước ngày "
        "10/01/2027.",
    ],
)

UNITS: dict[str, Unit] = {
    PREFIX: Unit(
        PREFIX,
        "Trường THCS Lê Quý Đôn",
        "THCS Lê Quý Đôn - Yên Lạc",
        "Khu 3, thị trấn Yên Lạc, huyện Yên Lạc, tỉnh Vĩnh Phúc",
        "0211 3838 416",
        "c2lequydon.yenlac@vinhphuc.edu.vn",
        {"12": "Tin tức - Sự kiện", "15": "Hoạt động chuyên môn", "18": "Thông báo", "21": "Công tác Đội"},
        STORIES,
        shared=[("12", PGD_STORY)],
        notice_cat="18",
    ),
    "thcs-tamhong-yenlac": Unit(
        "thcs-tamhong-yenlac",
        "Trường THCS Tam Hồng",
        "THCS Tam Hồng - Yên Lạc",
        "Thôn Nho Lâm, xã Tam Hồng, huyện Yên Lạc, tỉnh Vĩnh Phúc",
        "0211 3838 522",
        "c2tamhong.yenlac@vinhphuc.edu.vn",
        {"31": "Tin tức - Sự kiện", "32": "Thông báo"},
        [
            _short(
                1056,
                "truong-thcs-tam-hong-to-chuc-ngay-hoi-doc-sach",
                "Trường THCS Tam Hồng tổ chức Ngày hội đọc sách",
                "31",
                "2026-11-27 10:00",
                [
                    "Sáng 27/11/2026, Trường THCS Tam Hồng tổ chức Ngày hội đọc sách với nhiều gian "
                    "trưng bày do học sinh các lớp tự thiết kế.",
                    "Học sinh được tham gia đố vui, giới thiệu sách và trao đổi sách cũ với bạn bè.",
                    "Dịp này, thư viện nhà trường tiếp nhận thêm gần 300 cuốn sách do cha mẹ học sinh "
                    "ủng hộ.",
                ],
            ),
            _short(
                1058,
                "thcs-tam-hong-huong-ung-thang-hanh-dong-vi-binh-dang-gioi",
                "THCS Tam Hồng hưởng ứng Tháng hành động vì bình đẳng giới",
                "31",
                "2026-11-19 15:30",
                [
                    "Trường THCS Tam Hồng tổ chức buổi ngoại khóa hưởng ứng Tháng hành động vì bình "
                    "đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới.",
                    "Các tiểu phẩm do học sinh khối 8 dàn dựng đã truyền tải thông điệp tôn trọng, "
                    "chia sẻ và không phân biệt đối xử.",
                    "Nhà trường phát động học sinh viết cam kết nói không với bạo lực học đường.",
                ],
            ),
        ],
        notice_cat="32",
    ),
    "thcs-dongcuong-yenlac": Unit(
        "thcs-dongcuong-yenlac",
        "Trường THCS Đồng Cương",
        "THCS Đồng Cương - Yên Lạc",
        "Xã Đồng Cương, huyện Yên Lạc, tỉnh Vĩnh Phúc",
        "0211 3838 619",
        "c2dongcuong.yenlac@vinhphuc.edu.vn",
        {"44": "Tin tức"},
        [
            _short(
                2203,
                "hoc-sinh-thcs-dong-cuong-trai-nghiem-lang-nghe-truyen-thong",
                "Học sinh THCS Đồng Cương trải nghiệm làng nghề truyền thống",
                "44",
                "2026-11-25 16:00",
                [
                    "Trong hai ngày 22 và 23/11/2026, hơn 200 học sinh khối 7 Trường THCS Đồng Cương "
                    "tham gia hoạt động trải nghiệm tại các làng nghề của huyện.",
                    "Các em được tìm hiểu quy trình làm mộc, làm bánh và nghe nghệ nhân kể về lịch sử "
                    "nghề.",
                    "Sau chuyến đi, mỗi nhóm hoàn thành một sản phẩm giới thiệu làng nghề để trưng bày "
                    "tại trường.",
                ],
            ),
        ],
    ),
    "pgd-yenlac": Unit(
        "pgd-yenlac",
        "Phòng Giáo dục và Đào tạo Yên Lạc",
        "Phòng GD&ĐT Yên Lạc",
        "Thị trấn Yên Lạc, huyện Yên Lạc, tỉnh Vĩnh Phúc",
        "0211 3838 201",
        "pgdyenlac@vinhphuc.edu.vn",
        {"3": "Tin tức - Sự kiện"},
        [PGD_STORY],
    ),
}

#: the "Tin toàn mạng" box: other units' newest stories
NETWORK_NEWS = [
    ("thcs-tamhong-yenlac", 1056),
    ("thcs-dongcuong-yenlac", 2203),
    ("thcs-tamhong-yenlac", 1058),
    ("pgd-yenlac", 8812),
]


# --- document entries, album, video, intro pages (the school only) -----------------------------

VAN_BAN = {
    245: (
        "245/KH-THCSLQĐ", "02/11/2026", "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        "Đỗ Thị Lan Anh", "KH-245-hoi-thi-GVDG.pdf",
    ),
    241: (
        "241/QĐ-THCSLQĐ", "15/10/2026", "Quyết định thành lập các tổ chuyên môn, tổ văn phòng năm học 2026 - 2027",
        "Nguyễn Văn Thắng", "QD-241-thanh-lap-to-chuyen-mon.pdf",
    ),
}

INTRO = {
    1: (
        "lich-su-phat-trien",
        "Lịch sử hình thành và phát triển",
        [
            "Trường THCS Lê Quý Đôn được thành lập năm 1998 trên cơ sở tách từ Trường PTCS thị trấn "
            "Yên Lạc, là trường trung học cơ sở chất lượng cao của huyện Yên Lạc.",
            "Trải qua hơn 28 năm xây dựng và phát triển, nhà trường luôn là lá cờ đầu của ngành giáo "
            "dục huyện về chất lượng mũi nhọn, nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc.",
            "Năm học 2026 - 2027, nhà trường có 24 lớp với 912 học sinh, 58 cán bộ, giáo viên, nhân "
            "viên; 100% giáo viên đạt chuẩn, trong đó 21 đồng chí có trình độ thạc sĩ.",
        ],
    ),
    2: (
        "co-cau-to-chuc",
        "Cơ cấu tổ chức",
        [
            "Hiệu trưởng: thầy giáo Nguyễn Văn Thắng.",
            "Phó Hiệu trưởng: cô giáo Đỗ Thị Lan Anh, thầy giáo Hoàng Minh Đức.",
            "Các tổ chuyên môn: Tổ Toán - Tin, Tổ Khoa học Tự nhiên, Tổ Khoa học Xã hội, Tổ Ngoại ngữ - "
            "Nghệ thuật; Tổ Văn phòng.",
            "Tổng phụ trách Đội: cô giáo Nguyễn Thị Thu Hà.",
        ],
    ),
}

ALBUM = (37, "hoi-khoe-phu-dong-2026", "Hội khỏe Phù Đổng cấp huyện năm 2026")
VIDEO = (12, "tiet-muc-van-nghe-chao-mung-20-11", "Tiết mục văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11")


# --- rendering -----------------------------------------------------------------------------------


def _enc(story: Story, value: str) -> str:
    mode = story.opts.get("enc")
    if mode == "nfd":
        return text(value, nfd=True)
    if mode == "ent1":
        return text(value, entities=1)
    if mode == "ent2":
        return text(value, entities=2)
    return text(value)


def _t(story: Story) -> str:
    """The headline as stored: the vendor's title field keeps what the editor typed (NFD in 1061)."""
    return text(story.title, nfd=story.opts.get("enc") == "nfd")


def article_path(unit: Unit, story: Story, slug: str | None = None) -> str:
    return f"/{unit.prefix}/tin-tuc/{story.id}/{slug or story.slug}.html"


def rel_article(story: Story, slug: str | None = None) -> str:
    """The link as the template writes it: relative to the ``<base href>``."""
    return f"tin-tuc/{story.id}/{slug or story.slug}.html"


def _image(story: Story, img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 600px; height: 400px;" />'
    line = _enc(story, img.printed) if img.printed else ""
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl_anh" '
            'style="width: 600px;">\n<tbody>\n'
            f'<tr><td style="text-align: center;">{tag}</td></tr>\n'
            f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>{line}</em></span>'
            "</td></tr>\n</tbody>\n</table>"
        )
    if img.style == "bare" or not line:
        return f'<p style="text-align: center;">{tag}</p>'
    if story.opts.get("form") == "mso":
        return (
            f'<p class="MsoNormal" align="center" style="text-align:center">{tag}</p>\n'
            '<p class="MsoNormal" align="center" style="text-align:center"><i><span '
            f'style="font-size:12.0pt;font-family:&quot;Times New Roman&quot;,serif">{line}</span></i></p>'
        )
    return f'<p style="text-align: center;">{tag}</p>\n<p style="text-align: center;"><em>{line}</em></p>'


def _para(story: Story, para: P) -> str:
    t = _enc(story, para.text)
    form = story.opts.get("form")
    if form == "mso":
        span = f'<span style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">{t}</span>'
        if para.style == "li":
            return (
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;text-align:justify;'
                'text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1"><span '
                'style="font-size:14.0pt;line-height:150%;mso-list:Ignore">-<span style="font:7.0pt '
                '&quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>'
                f"{span}</p>"
            )
        return (
            '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
            f"{span}</p>"
        )
    if para.style in ("b", "lead"):
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if para.style == "quote":
        return f'<blockquote>\n<p style="text-align: justify;"><em>{t}</em></p>\n</blockquote>'
    return f'<p style="text-align: justify;">{t}</p>'


def render_blocks(story: Story) -> str:
    out: list[str] = []
    blocks = list(story.blocks)
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                tag = "td"
                first = not rows
                rows.append(
                    "<tr>"
                    + "".join(
                        f'<{tag} style="text-align:center">{"<strong>" if first else ""}'
                        f'{_enc(story, c)}{"</strong>" if first else ""}</{tag}>'
                        for c in cells
                    )
                    + "</tr>"
                )
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:collapse">\n'
                "<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"
            )
            continue
        if isinstance(block, P) and block.style == "li" and story.opts.get("form") != "mso":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_enc(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if isinstance(block, P) and story.opts.get("form") == "br" and not block.style:
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and not blocks[i].style:
                lines.append(_enc(story, blocks[i].text))
                i += 1
            out.append('<div style="text-align: justify;">' + "<br />\n".join(lines) + "<br />\n&nbsp;</div>")
            continue
        if isinstance(block, P):
            out.append(_para(story, block))
        elif isinstance(block, Img):
            out.append(_image(story, block))
        else:
            out.append(block.html)
        i += 1
    return "\n".join(out)


def _head(request: Request, unit: Unit, title: str, extra: str = "") -> str:
    base = f"{base_url(request)}/{unit.prefix}/"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="keywords" content="{esc(unit.name)}, Yên Lạc, Vĩnh Phúc, trường học" />
<meta name="generator" content="ADSoft SchoolWeb 3.2" />
<base href="{esc(base)}" />
<link rel="shortcut icon" href="templates/adschool/images/favicon.ico" />
<link type="text/css" rel="stylesheet" href="templates/adschool/css/style.css" />
<link type="text/css" rel="stylesheet" href="templates/adschool/css/ddmenu.css" />
<script type="text/javascript" src="templates/adschool/js/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="templates/adschool/js/ddsmoothmenu.js"></script>
{extra}
</head>
"""


def _menu(unit: Unit) -> str:
    cats = unit.cats
    news_items = "".join(
        f'<li><a href="danh-sach-tin/{cid}.html">{esc(label)}</a></li>'
        for cid, label in cats.items()
        if cid != unit.notice_cat
    )
    notice = (
        f'<li><a href="danh-sach-tin/{unit.notice_cat}.html">Thông báo</a></li>' if unit.notice_cat else ""
    )
    others = "".join(
        f'<li><a href="/{u.prefix}/">{esc(u.short)}</a></li>' for u in UNITS.values() if u is not unit
    )
    return f"""<div id="menu_ngang"><ul class="ddmenu">
<li class="mn_home"><a href="./">Trang chủ</a></li>
<li><a href="gioi-thieu/1/{INTRO[1][0]}.html">Giới thiệu</a><ul>
<li><a href="gioi-thieu/1/{INTRO[1][0]}.html">{INTRO[1][1]}</a></li>
<li><a href="gioi-thieu/2/{INTRO[2][0]}.html">{INTRO[2][1]}</a></li></ul></li>
<li><a href="javascript:void(0)">Tin tức</a><ul>{news_items}</ul></li>
{notice}
<li><a href="van-ban.html">Văn bản</a></li>
<li><a href="thu-vien-anh.html">Thư viện ảnh</a></li>
<li><a href="video.html">Video</a></li>
<li><a href="lien-he.html">Liên hệ</a></li>
<li class="mn_heThong"><a href="/">Hệ thống trường học</a><ul>{others}<li><a href="/">Trang chủ hệ thống</a></li></ul></li>
</ul></div>"""


def _right(unit: Unit) -> str:
    notices = ""
    if unit.notice_cat:
        items = "".join(
            f'<li><img src="templates/adschool/images/new.gif" alt="" /> '
            f'<a href="{rel_article(s)}?{SID}">{_t(s)}</a></li>'
            for s in unit.in_cat(unit.notice_cat)
        )
        notices = f'<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"><ul class="ds_thongbao">{items}</ul></marquee>'
    else:
        notices = "<p>Chưa có thông báo.</p>"
    docs = ""
    if unit.prefix == PREFIX:
        docs = "".join(
            f'<li><a href="van-ban/{vid}.html">{esc(so)}</a><br /><span>{esc(trich[:60])}…</span></li>'
            for vid, (so, _d, trich, _k, _f) in VAN_BAN.items()
        )
    net = []
    for prefix, sid in NETWORK_NEWS:
        other = UNITS[prefix]
        if other is unit:
            continue
        s = other.story(sid)
        net.append(
            f'<li><a href="{article_path(other, s)}">{_t(s)}</a> <i>({esc(other.short)})</i></li>'
        )
    return f"""<div class="khung_phai">
<div class="box_phai"><div class="tieude_box">Thông báo</div><div class="noidung_box">{notices}</div></div>
<div class="box_phai"><div class="tieude_box">Văn bản</div><div class="noidung_box"><ul class="ds_vanban">{docs}</ul>
<a class="xemtatca" href="van-ban.html">Xem tất cả »</a></div></div>
<div class="box_phai"><div class="tieude_box">Tin toàn mạng</div><div class="noidung_box"><ul class="ds_tinmang">{"".join(net)}</ul></div></div>
<div class="box_phai"><div class="tieude_box">Liên kết</div><div class="noidung_box">
<select onchange="if(this.value!='')window.open(this.value)" style="width:100%">
<option value="">-- Liên kết website --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://vinhphuc.edu.vn">Sở GD&amp;ĐT Vĩnh Phúc</option>
<option value="https://yenlac.vinhphuc.gov.vn">Cổng TTĐT huyện Yên Lạc</option>
</select>
<a href="https://vnedu.vn" target="_blank"><img src="templates/adschool/images/banner_vnedu.jpg" alt="vnEdu" /></a>
<a href="https://taphuan.csdl.edu.vn" target="_blank"><img src="templates/adschool/images/banner_taphuan.jpg" alt="Tập huấn" /></a>
</div></div>
<div class="box_phai"><div class="tieude_box">Thống kê truy cập</div><div class="noidung_box thongke">
<p>Đang online: <b>23</b></p><p>Hôm nay: <b>412</b></p><p>Tháng này: <b>5.318</b></p><p>Tổng truy cập: <b>1.284.560</b></p></div></div>
<div class="box_phai"><div class="tieude_box">Bình chọn</div><div class="noidung_box">
<form action="binh-chon.html" method="post"><p>Bạn thấy website của nhà trường thế nào?</p>
<input type="radio" name="bc" value="1" /> Rất hữu ích<br /><input type="radio" name="bc" value="2" /> Hữu ích<br />
<input type="radio" name="bc" value="3" /> Cần cải tiến<br /><input type="submit" value="Bình chọn" /></form></div></div>
</div>"""


def _page(request: Request, unit: Unit, title: str, crumbs: list[tuple[str, str]], main: str,
          extra_head: str = "") -> Response:
    crumb = " » ".join(
        ['<a href="./">Trang chủ</a>'] + [f'<a href="{h}">{esc(t)}</a>' if h else esc(t) for t, h in crumbs]
    )
    page = (
        _head(request, unit, title, extra_head)
        + f"""<body>
<div id="wrapper">
<div id="top_banner">
<div class="ngay_htai">{vn_day(TODAY)}</div>
<a href="/" class="logo_truong"><img src="/uploads/{unit.prefix}/logo.png" alt="{esc(unit.name)}" /></a>
<div class="ten_donvi"><span class="cap_tren">PHÒNG GD&amp;ĐT YÊN LẠC</span>
<h1 class="ten_truong">{esc(unit.name.upper())}</h1></div>
<form class="frm_timkiem" action="tim-kiem.html" method="get"><input type="text" name="tukhoa" value="" /><input type="submit" value="Tìm" /></form>
</div>
{_menu(unit)}
<div id="noidung_chinh">
<div class="khung_giua">
<div class="duongdan">{crumb}</div>
{main}
</div>
{_right(unit)}
<div class="clear"></div>
</div>
<div id="chantrang">
<p><b>{esc(unit.name.upper())}</b></p>
<p>Địa chỉ: {esc(unit.address)} - Điện thoại: {esc(unit.phone)} - Email: {esc(unit.email)}</p>
<p>Bản quyền © 2026 {esc(unit.short)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="thietke">Hệ thống Website trường học - Thiết kế bởi <a href="https://adsoft.vn" target="_blank">ADSoft</a></p>
</div>
</div>
<script type="text/javascript">ddsmoothmenu.init({{mainmenuid: "menu_ngang"}});</script>
</body>
</html>
"""
    )
    return _html_response(page)


def _html_response(page: str) -> Response:
    # two PHP include files saved with a UTF-8 BOM: the template prints both before the doctype
    body = b"\xef\xbb\xbf\xef\xbb\xbf" + page.encode("utf-8")
    resp = html(body, charset="utf-8")
    resp.headers["X-Powered-By"] = "PHP/5.4.45"
    resp.headers["Set-Cookie"] = f"{SID}; path=/"
    return resp


def _thumb(unit: Unit, story: Story) -> str:
    name = story.opts.get("thumb")
    if name:
        return f"/uploads/{unit.prefix}/news/thumb/{name}"
    return "templates/adschool/images/no_image.jpg"


def _desc(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    words = first.split()
    return " ".join(words[:28]) + ("…" if len(words) > 28 else "")


def _day(story: Story) -> str:
    return _when(story).strftime("%d/%m/%Y")


def _item(unit: Unit, story: Story, owner: Unit | None = None) -> str:
    owner = owner or unit
    href = rel_article(story) if owner is unit else article_path(owner, story)
    label = _t(story) if owner is unit else esc(f"[{owner.short}] {story.title}")
    return f"""<div class="tin_ds">
<a href="{href}"><img class="anh_ds" src="{_thumb(owner, story)}" alt="" width="150" height="100" /></a>
<h3 class="tieude_ds"><a href="{href}">{label}</a></h3>
<span class="ngay_ds">({_day(story)})</span>
<div class="mota_ds">{esc(_desc(story))}</div>
<a class="xemtiep" href="{href}">Xem tiếp »</a>
<div class="clear"></div>
</div>"""


def listing_entries(unit: Unit, cat: str) -> list[tuple[Unit, Story]]:
    entries = [(unit, s) for s in unit.stories if s.cat == cat]
    for shared_cat, story in unit.shared:
        if shared_cat == cat:
            owner = next(u for u in UNITS.values() if story in u.stories)
            entries.append((owner, story))
    return sorted(entries, key=lambda e: _when(e[1]), reverse=True)


def page_count(unit: Unit, cat: str) -> int:
    return max(1, -(-len(listing_entries(unit, cat)) // PER_PAGE))


def _pager(cat: str, page: int, pages: int) -> str:
    if pages == 1:
        return ""

    def link(n: int) -> str:
        return f"danh-sach-tin/{cat}/trang-{n}.html"

    parts = []
    if page > 1:
        parts.append(f'<a href="{link(1)}">« Đầu</a>')
        parts.append(f'<a href="{link(page - 1)}">‹ Trước</a>')
    for n in range(1, pages + 1):
        parts.append(f'<span class="trang_ht">{n}</span>' if n == page else f'<a href="{link(n)}">{n}</a>')
    if page < pages:
        parts.append(f'<a href="{link(page + 1)}">Sau ›</a>')
        parts.append(f'<a href="{link(pages)}">Cuối »</a>')
    return f'<div class="phantrang">Trang: {" ".join(parts)}</div>'


def listing(request: Request, unit: Unit, cat: str, page: int) -> Response | None:
    if cat not in unit.cats:
        return None
    pages = page_count(unit, cat)
    if not 1 <= page <= pages:
        return None
    entries = listing_entries(unit, cat)[(page - 1) * PER_PAGE : page * PER_PAGE]
    label = unit.cats[cat]
    items = "\n".join(_item(unit, s, owner) for owner, s in entries)
    main = f"""<div class="khung_dstin"><div class="tieude_khung">{esc(label)}</div>
{items}
{_pager(cat, page, pages)}
</div>"""
    title = f"{label} - Trang {page}" if page > 1 else label
    return _page(request, unit, f"{title} | {unit.short}", [(label, "")], main)


def _meta_line(unit: Unit, story: Story) -> str:
    when = _when(story)
    parts = []
    if story.opts.get("updated"):
        parts.append(f'<span class="ngaycapnhat">Cập nhật: {story.opts["updated"]}</span>')
        parts.append(f'<span class="ngay_dang">Ngày đăng: {when:%d/%m/%Y %H:%M}</span>')
    else:
        parts.append(f'<span class="ngay_dang">{vn_day(when.date())} - {when:%H:%M}</span>')
    if story.opts.get("tacgia"):
        parts.append(f'<span class="tacgia">Tác giả: {esc(story.opts["tacgia"])}</span>')
    parts.append('<span class="nguoidang">Người đăng: lqd_quantri</span>' if unit.prefix == PREFIX
                 else f'<span class="nguoidang">Người đăng: {unit.prefix.split("-")[1]}_admin</span>')
    parts.append(f'<span class="luotxem">Lượt xem: {story.views()}</span>')
    return '<div class="thongtin_tin">' + " | ".join(parts) + "</div>"


def _others(unit: Unit, story: Story) -> list[Story]:
    return [s for s in unit.in_cat(story.cat) if s.id != story.id][:OTHERS_IN_LIST]


def article(request: Request, unit: Unit, story: Story) -> Response:
    label = unit.cats[story.cat]
    canon = f"{base_url(request)}{article_path(unit, story)}"
    tomtat = ""
    if story.opts.get("tomtat") and story.summary:
        tomtat = (
            f'<div class="tomtat_tin"><img class="anh_tomtat" src="{_thumb(unit, story)}" alt="" '
            f'width="150" /><strong>{_enc(story, story.summary)}</strong><div class="clear"></div></div>'
        )
    others = "".join(
        f'<li><a href="{rel_article(s, s.opts.get("old_slug"))}">{_t(s)}</a> '
        f'<span class="ngay_tk">({_day(s)})</span></li>'
        for s in _others(unit, story)
    )
    tags = story.opts.get("tags") or []
    tag_html = (
        '<div class="tukhoa_tin"><b>Từ khóa:</b> '
        + ", ".join(f'<a href="tim-kiem.html?tukhoa={quote_plus(t)}">{esc(t)}</a>' for t in tags)
        + "</div>"
        if tags
        else ""
    )
    main = f"""<div class="chitiet_tin">
<h2 class="tieude_chitiet">{_t(story)}</h2>
{_meta_line(unit, story)}
<div class="congcu_tin">Cỡ chữ: <a href="javascript:setFont(-1)">A-</a> <a href="javascript:setFont(0)">A</a> <a href="javascript:setFont(1)">A+</a>
 | <a href="in-bai/{story.id}.html" target="_blank" rel="nofollow"><img src="templates/adschool/images/icon_print.gif" alt="" /> In bài viết</a>
 | <a href="javascript:guiEmail({story.id})"><img src="templates/adschool/images/icon_email.gif" alt="" /> Gửi email</a></div>
{tomtat}
<div id="noidung_tin" class="nd_chitiet">
{render_blocks(story)}
<div class="danhgia_tin">Đánh giá bài viết: <img src="templates/adschool/images/star_on.gif" alt="*" /><img src="templates/adschool/images/star_on.gif" alt="*" /><img src="templates/adschool/images/star_on.gif" alt="*" /><img src="templates/adschool/images/star_on.gif" alt="*" /><img src="templates/adschool/images/star_off.gif" alt="" /> (4/5 - {story.id % 17 + 3} lượt)</div>
<div class="fb-like" data-href="{esc(canon)}" data-layout="button_count" data-action="like" data-share="true"></div>
<p><strong>Bài viết khác</strong></p>
<ul class="tin_khac">{others}</ul>
</div>
{tag_html}
</div>"""
    extra = (
        f'<meta name="description" content="{esc(_desc(story))}" />\n'
        f'<meta property="og:url" content="{esc(canon)}" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="og:type" content="article" />'
    )
    return _page(
        request, unit, f"{story.title} | {unit.short}",
        [(label, f"danh-sach-tin/{story.cat}.html"), (story.title, "")], main, extra,
    )


def print_view(request: Request, unit: Unit, story: Story) -> Response:
    when = _when(story)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>In bài viết: {esc(story.title)}</title>
<base href="{esc(base_url(request))}/{unit.prefix}/" />
<style>body{{font-family:"Times New Roman";font-size:14pt;width:700px;margin:auto}}</style>
</head>
<body onload="window.print()">
<table width="100%"><tr><td><img src="/uploads/{unit.prefix}/logo.png" alt="" height="60" /></td>
<td><b>{esc(unit.name.upper())}</b><br />{esc(unit.address)}</td></tr></table>
<hr />
<h3>{_t(story)}</h3>
<p><i>Ngày đăng: {when:%d/%m/%Y %H:%M}</i></p>
{f"<p><b>{_enc(story, story.summary)}</b></p>" if story.opts.get("tomtat") and story.summary else ""}
{render_blocks(story)}
<hr />
<p style="font-size:11px">Địa chỉ bài viết: {esc(base_url(request))}{article_path(unit, story)}</p>
<p><a href="javascript:window.print()">In trang</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></p>
</body>
</html>
"""
    return _html_response(page)


def home(request: Request, unit: Unit) -> Response:
    newest = sorted(unit.stories, key=_when, reverse=True)
    slider_ids = [1068, 1056, 1065] if unit.prefix == PREFIX else [s.id for s in newest[:2]]
    slides = []
    for sid in slider_ids:
        s = unit.story(sid)
        href = (f"index.php?mod=tintuc&amp;act=chitiet&amp;id={s.id}" if s.opts.get("raw_url")
                else rel_article(s))
        slides.append(
            f'<li><a href="{href}"><img src="{_thumb(unit, s)}" alt="" width="420" height="280" /></a>'
            f'<div class="cap_slide"><a href="{href}">{_t(s)}</a></div></li>'
        )
    latest = "".join(
        f'<li><a href="{rel_article(s)}">{_t(s)}</a> <span>({_day(s)})</span></li>'
        for s in newest[:6]
    )
    blocks = []
    for cid, label in unit.cats.items():
        items = unit.in_cat(cid)[:2]
        if not items:
            continue
        first, rest = items[0], items[1:]
        blocks.append(
            f"""<div class="khoi_chuyenmuc"><div class="tieude_khoi"><a href="danh-sach-tin/{cid}.html">{esc(label)}</a></div>
<div class="tin_dau"><a href="{rel_article(first)}"><img src="{_thumb(unit, first)}" alt="" width="120" /></a>
<a class="td" href="{rel_article(first)}">{_t(first)}</a><p>{esc(_desc(first))}</p></div>
<ul>{"".join(f'<li><a href="{rel_article(s)}">{_t(s)}</a></li>' for s in rest)}</ul>
<a class="xemthem" href="danh-sach-tin/{cid}.html">Xem thêm »</a></div>"""
        )
    main = f"""<div class="tin_noibat"><div class="tieude_khung">Tin nổi bật</div><ul id="slider_tin">{"".join(slides)}</ul></div>
<div class="tin_moinhat"><div class="tieude_khung">Tin mới nhất</div><ul>{latest}</ul></div>
{"".join(blocks)}"""
    resp = _page(request, unit, f"{unit.short} - Trang thông tin điện tử", [], main)
    return resp


def _simple(request: Request, unit: Unit, title: str, crumbs: list[tuple[str, str]], inner: str) -> Response:
    main = f'<div class="khung_trang"><h2 class="tieude_trang">{esc(title)}</h2>\n{inner}\n</div>'
    return _page(request, unit, f"{title} | {unit.short}", crumbs, main)


def intro(request: Request, unit: Unit, n: int) -> Response | None:
    if n not in INTRO:
        return None
    _slug, title, paras = INTRO[n]
    name = unit.name
    texts = [p.replace("Trường THCS Lê Quý Đôn", name) for p in paras] if unit.prefix != PREFIX else paras
    inner = "\n".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in texts)
    return _simple(request, unit, title, [("Giới thiệu", ""), (title, "")], inner)


def contact(request: Request, unit: Unit) -> Response:
    inner = f"""<table class="tbl_lienhe"><tr><td>Đơn vị:</td><td>{esc(unit.name)}</td></tr>
<tr><td>Địa chỉ:</td><td>{esc(unit.address)}</td></tr>
<tr><td>Điện thoại:</td><td>{esc(unit.phone)}</td></tr>
<tr><td>Email:</td><td><a href="mailto:{esc(unit.email)}">{esc(unit.email)}</a></td></tr></table>
<form action="lien-he.html" method="post" class="frm_lienhe">
<p>Họ tên: <input type="text" name="hoten" /></p><p>Email: <input type="text" name="email" /></p>
<p>Nội dung: <textarea name="noidung" rows="5" cols="50"></textarea></p>
<p><input type="submit" value="Gửi liên hệ" /></p></form>"""
    return _simple(request, unit, "Liên hệ", [("Liên hệ", "")], inner)


def van_ban_list(request: Request, unit: Unit) -> Response:
    rows = ""
    if unit.prefix == PREFIX:
        rows = "".join(
            f'<tr><td>{esc(so)}</td><td>{esc(day)}</td><td><a href="van-ban/{vid}.html">{esc(trich)}</a></td></tr>'
            for vid, (so, day, trich, _k, _f) in VAN_BAN.items()
        )
    inner = (
        '<table class="tbl_vanban" border="1" cellpadding="4"><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th></tr>{rows or '<tr><td colspan=3>Chưa có văn bản.</td></tr>'}</table>"
    )
    return _simple(request, unit, "Văn bản", [("Văn bản", "")], inner)


def van_ban(request: Request, unit: Unit, vid: int) -> Response | None:
    if unit.prefix != PREFIX or vid not in VAN_BAN:
        return None
    so, day, trich, signer, fname = VAN_BAN[vid]
    inner = f"""<table class="tbl_ctvanban" border="1" cellpadding="5" cellspacing="0" width="100%">
<tr><td width="30%">Số/Ký hiệu</td><td>{esc(so)}</td></tr>
<tr><td>Ngày ban hành</td><td>{esc(day)}</td></tr>
<tr><td>Loại văn bản</td><td>{"Kế hoạch" if "/KH-" in so else "Quyết định"}</td></tr>
<tr><td>Cơ quan ban hành</td><td>{esc(unit.name)}</td></tr>
<tr><td>Người ký</td><td>{esc(signer)}</td></tr>
<tr><td>Trích yếu</td><td>{esc(trich)}</td></tr>
<tr><td>File đính kèm</td><td><a href="/uploads/{PREFIX}/vanban/{fname}">{esc(fname)}</a></td></tr>
</table>"""
    return _simple(request, unit, trich, [("Văn bản", "van-ban.html"), (so, "")], inner)


def albums(request: Request, unit: Unit) -> Response:
    inner = ""
    if unit.prefix == PREFIX:
        aid, slug, title = ALBUM
        inner = (f'<div class="album"><a href="thu-vien-anh/{aid}/{slug}.html"><img src="/uploads/{PREFIX}/album/{aid}/anh-1.jpg" '
                 f'alt="" width="200" /></a><p><a href="thu-vien-anh/{aid}/{slug}.html">{esc(title)}</a></p></div>')
    return _simple(request, unit, "Thư viện ảnh", [("Thư viện ảnh", "")], inner or "<p>Chưa có album.</p>")


def album(request: Request, unit: Unit, aid: int) -> Response | None:
    if unit.prefix != PREFIX or aid != ALBUM[0]:
        return None
    captions = ["Lễ khai mạc Hội khỏe", "Nội dung chạy 800 m nam", "Đội cờ vua nữ nhận huy chương vàng",
                "Đoàn vận động viên nhà trường"]
    inner = "<p>Ngày tạo: 12/11/2026 - 14 ảnh</p>" + "".join(
        f'<div class="anh_album"><a href="/uploads/{PREFIX}/album/{aid}/anh-{i}.jpg"><img src="/uploads/{PREFIX}/album/{aid}/anh-{i}.jpg" alt="{esc(c)}" width="180" /></a><p>{esc(c)}</p></div>'
        for i, c in enumerate(captions, 1)
    )
    return _simple(request, unit, ALBUM[2], [("Thư viện ảnh", "thu-vien-anh.html"), (ALBUM[2], "")], inner)


def videos(request: Request, unit: Unit) -> Response:
    inner = ""
    if unit.prefix == PREFIX:
        vid, slug, title = VIDEO
        inner = f'<div class="video"><a href="video/{vid}/{slug}.html">{esc(title)}</a></div>'
    return _simple(request, unit, "Video", [("Video", "")], inner or "<p>Chưa có video.</p>")


def video(request: Request, unit: Unit, vid: int) -> Response | None:
    if unit.prefix != PREFIX or vid != VIDEO[0]:
        return None
    inner = (
        '<p>Ngày đăng: 21/11/2026 - Lượt xem: 318</p>'
        '<iframe width="640" height="360" src="https://www.youtube.com/embed/q8Xm2Lq0yZc" frameborder="0" allowfullscreen></iframe>'
        "<p>Tiết mục múa “Bụi phấn” của học sinh lớp 9A1 trong lễ mít tinh kỷ niệm Ngày Nhà giáo Việt Nam.</p>"
    )
    return _simple(request, unit, VIDEO[2], [("Video", "video.html"), (VIDEO[2], "")], inner)


def search(request: Request, unit: Unit) -> Response:
    word = request.params.get("tukhoa", "").strip().lower()
    found = [s for s in sorted(unit.stories, key=_when, reverse=True) if word and word in s.title.lower()]
    inner = f"<p>Tìm thấy {len(found)} kết quả cho từ khóa “{esc(word)}”.</p>" + "".join(_item(unit, s) for s in found)
    return _simple(request, unit, "Kết quả tìm kiếm", [("Tìm kiếm", "")], inner)


def poll(request: Request, unit: Unit) -> Response:
    inner = "<p>Cảm ơn bạn đã tham gia bình chọn!</p><p>Rất hữu ích: 61% - Hữu ích: 30% - Cần cải tiến: 9%</p>"
    return _simple(request, unit, "Kết quả bình chọn", [("Bình chọn", "")], inner)


def network_home(request: Request) -> Response:
    schools = "".join(
        f'<li><a href="/{u.prefix}/"><img src="/uploads/{u.prefix}/logo.png" alt="" width="60" /> {esc(u.name)}</a></li>'
        for u in UNITS.values()
    )
    everything = sorted(
        ((u, s) for u in UNITS.values() for s in u.stories), key=lambda e: _when(e[1]), reverse=True
    )[:8]
    news = "".join(
        f'<li><a href="{article_path(u, s)}">{_t(s)}</a> <i>({esc(u.short)})</i></li>' for u, s in everything
    )
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Hệ thống Website trường học huyện Yên Lạc</title>
<link rel="stylesheet" href="/templates/portal/css/portal.css" /></head>
<body><div id="wrapper"><div id="top_banner"><div class="ngay_htai">{vn_day(TODAY)}</div>
<h1>HỆ THỐNG WEBSITE TRƯỜNG HỌC HUYỆN YÊN LẠC</h1></div>
<div class="khung_giua"><div class="tieude_khung">Các đơn vị</div><ul class="ds_donvi">{schools}</ul>
<div class="tieude_khung">Tin mới từ các đơn vị</div><ul>{news}</ul></div>
<div id="chantrang"><p>Phòng Giáo dục và Đào tạo huyện Yên Lạc - Thiết kế bởi ADSoft</p></div></div></body></html>
"""
    return _html_response(page)


# --- routing -----------------------------------------------------------------------------------

_ASSET_DIRS = ("uploads/", "images/", "templates/")
_R_LIST1 = re.compile(r"danh-sach-tin/(\d+)\.html")
_R_LISTN = re.compile(r"danh-sach-tin/(\d+)/trang-(\d+)\.html")
_R_ART = re.compile(r"tin-tuc/(\d+)/([a-z0-9-]+)\.html")
_R_PRINT = re.compile(r"in-bai/(\d+)\.html")
_R_INTRO = re.compile(r"gioi-thieu/(\d+)/([a-z0-9-]+)\.html")
_R_VB = re.compile(r"van-ban/(\d+)\.html")
_R_ALBUM = re.compile(r"thu-vien-anh/(\d+)/([a-z0-9-]+)\.html")
_R_VIDEO = re.compile(r"video/(\d+)/([a-z0-9-]+)\.html")


def _file(path: str) -> Response | None:
    if path.lower().endswith(".pdf"):
        return Response(200, PDF, {"Content-Type": "application/pdf"})
    return static_file(path)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return network_home(request)
        head, _, rest = path.lstrip("/").partition("/")
        if head + "/" in _ASSET_DIRS:
            return _file(path)
        unit = UNITS.get(head)
        if unit is None:
            return None
        if rest.startswith(_ASSET_DIRS):
            return _file(path)
        return self._unit(request, unit, rest)

    def _unit(self, request: Request, unit: Unit, rest: str) -> Response | None:
        if rest in ("", "index.php"):
            params = request.params
            if rest == "index.php" and params.get("mod") == "tintuc" and params.get("act") == "chitiet":
                story = unit.story(int(params["id"])) if params.get("id", "").isdigit() else None
                return article(request, unit, story) if story else None
            return home(request, unit)
        if m := _R_LIST1.fullmatch(rest):
            return listing(request, unit, m[1], 1)
        if m := _R_LISTN.fullmatch(rest):
            return listing(request, unit, m[1], int(m[2]))
        if m := _R_ART.fullmatch(rest):
            story = unit.story(int(m[1]))
            return article(request, unit, story) if story else None
        if m := _R_PRINT.fullmatch(rest):
            story = unit.story(int(m[1]))
            return print_view(request, unit, story) if story else None
        if m := _R_INTRO.fullmatch(rest):
            n = int(m[1])
            return intro(request, unit, n) if n in INTRO and INTRO[n][0] == m[2] else None
        if m := _R_VB.fullmatch(rest):
            return van_ban(request, unit, int(m[1]))
        if m := _R_ALBUM.fullmatch(rest):
            return album(request, unit, int(m[1])) if m[2] == ALBUM[1] else None
        if m := _R_VIDEO.fullmatch(rest):
            return video(request, unit, int(m[1])) if m[2] == VIDEO[1] else None
        simple = {
            "lien-he.html": contact,
            "van-ban.html": van_ban_list,
            "thu-vien-anh.html": albums,
            "video.html": videos,
            "tim-kiem.html": search,
            "binh-chon.html": poll,
        }
        if rest in simple:
            return simple[rest](request, unit)
        return None


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------------

_SCHOOL = UNITS[PREFIX]


def _gold(story: Story) -> dict:
    path = article_path(_SCHOOL, story)
    alts = [f"/{PREFIX}/in-bai/{story.id}.html"]
    if story.opts.get("old_slug"):
        alts.append(article_path(_SCHOOL, story, story.opts["old_slug"]))
    if story.opts.get("raw_url"):
        alts.append(f"/{PREFIX}/index.php?mod=tintuc&act=chitiet&id={story.id}")
    if story.opts.get("sid"):
        alts.append(f"{path}?{SID}")
    return gold_record(story, path, _SCHOOL.cats[story.cat], alt_paths=alts, image_page=f"/{PREFIX}/")


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    f"/{PREFIX}/gioi-thieu/1/{INTRO[1][0]}.html",
    f"/{PREFIX}/gioi-thieu/2/{INTRO[2][0]}.html",
    f"/{PREFIX}/lien-he.html",
    f"/{PREFIX}/van-ban/245.html",
    f"/{PREFIX}/van-ban/241.html",
    f"/{PREFIX}/thu-vien-anh/{ALBUM[0]}/{ALBUM[1]}.html",
    f"/{PREFIX}/video/{VIDEO[0]}/{VIDEO[1]}.html",
]
