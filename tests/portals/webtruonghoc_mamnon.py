"""Fixture portal: a public kindergarten on a low-cost PHP school-website template (blind).

Platform
--------
"WebTrườngHọc" school package: a PHP template a small Vietnamese web company sells to
kindergartens (footer "Thiết kế website trường học: WebTruongHoc.vn"). jQuery drop-down menu,
a "Tin nổi bật" slider, a "Thực đơn" (weekly menu) and "Lịch học" (timetable) module, a photo
library, a video page, a "Văn bản" list and a popup "Đăng ký nhập học" form that every page
carries. Institution: Trường Mầm non Hoa Mai, phường Tân An, tỉnh Đắk Lắk.

URL scheme (every link relative, resolved against ``<base href="http://host/">``)
    /                                     home: slider, "Tin mới", category blocks
    /danh-muc/<slug>.html[?trang=N]       category listing, 3 per page
    /tin-tuc/<slug>.html                  article
    /in-tin/<id>.html                     print view (opened by onclick window.open)
    /thuc-don.html[?tuan=N]               weekly menu module (weeks 47-49 of 2026)
    /lich-hoc.html                        timetable module
    /thu-vien-anh.html, /thu-vien-anh/<slug>.html   photo library, albums
    /video.html, /video/<slug>.html       videos (YouTube embed)
    /van-ban.html, /van-ban/<slug>.html   documents with a PDF
    /gioi-thieu.html, /lien-he.html, /dang-ky-nhap-hoc.html, /tim-kiem.html?tu-khoa=
    /upload/... , /images/...             image/PDF bytes

Page templates: one layout (header with the date "Thứ Bảy, 05/12/2026", marquee, menu with
drop-downs, left column "Danh mục" + "Tin xem nhiều" + visitor counter, right column
"Thông báo" portlet + poll + links + Facebook box, footer). The article sits in
``div#khung_giua > div.bai_viet``: ``h2.tde_ct`` headline, ``div.tt_ct`` date/views/poster,
optional ``div.mota_ct`` sapo, ``div.nd_ct#noidung`` text, ``div.capnhat`` update stamp,
share box, tags, "Các tin khác".

How each gold article is reached
    Home "Tin mới" (6 newest), slider (3, with a stale PHPSESSID), the category blocks on the
    home page, the category listings and their page 2, "Các tin khác" (3 newest of the
    category), "Tin xem nhiều". The oldest news item (Hội nghị viên chức) is linked only from
    page 2 of "Tin tức - Sự kiện", where the pager's ``?trang=2`` leaks into its link.

Traps
-----
1. ``<base href>`` + relative links: every href/src is written without a leading slash
   ("tin-tuc/x.html", "upload/images/..."). Resolved against the page URL instead of the base,
   they give /tin-tuc/tin-tuc/x.html, which 404s. Gold: paths resolved against the base;
   image paths likewise (``image_page="/"``).
2. Stale session id: the slider block is served from a cache built for a cookie-less visitor,
   so its three links carry ``?PHPSESSID=…``; the article pages print no canonical and an
   ``og:url`` that echoes the request. Gold: the plain path; the PHPSESSID form is an alt path.
3. Pager parameter leaking into links: on page N>=2 of a listing the template appends the
   current query ("?trang=2") to every article link; the oldest article is reached only so.
   Gold: plain path; "?trang=2" form in alt_paths. The print view /in-tin/<id>.html (linked by
   onclick only) is an alt path of every article too.
4. Dates: time before day ("16:10 | 04/12/2026"), an update stamp "Cập nhật: …" under the text,
   the header's today, a midnight stamp "00:00 | 05/10/2026" (gold: the day alone), and an
   official notice whose letterhead day (30/11) differs from the posting stamp (01/12 07:45)
   (gold: the letterhead's day "2026-11-30").
5. Sapo printed twice: the editor pasted the lead into the "Mô tả" field (printed bold in
   ``div.mota_ct``) and again as the first paragraph of the text. Gold: summary = the lead,
   body starts with it once. Another article has a bold lead paragraph inside the text
   (summary = it); others print an empty ``div.mota_ct`` (summary null).
6. Bylines in many forms: "Tin, ảnh: X" (both), "GV: X - Lớp Lá 2" (X), "ThS. X – Phó Hiệu
   trưởng" (X), "Người viết: X; Ảnh: Y", a unit alone "Tổ chuyên môn Mẫu giáo lớn", "BBT"
   (nobody), the template's "Đăng bởi: mnhoamai" (nobody), "Nguồn: X" / "Theo X" closing lines
   (source); a body sentence "Theo các chuyên gia…" is text.
7. Captions: in a second table row, as a centred italic line in parentheses after the image
   (parentheses dropped), after a ``<br>`` in the image's own paragraph, a credit-only line
   "Ảnh: Đỗ Văn Hải" (caption None, photographer), none at all; a decorative flower divider gif
   (upload/trangtri/…) inside the text is no article photo.
8. Chrome that looks like content: the hidden popup registration form ("ĐĂNG KÝ NHẬP HỌC",
   with its own text paragraphs) sits inside the centre column after the article; the
   "Thông báo" marquee; "Các tin khác"; the "Thực đơn" week pages, albums and the video page
   are dressed like articles (headline, posting date, text) but are module pages.
9. Encodings: no charset in the Content-Type header (only a ``<meta http-equiv>``), a UTF-8
   BOM before the doctype (an include saved with BOM), one article body written with
   FCKeditor entities (every second letter ``&#7897;``), one stored decomposed (NFD).
10. Boundaries of the text: Word list paragraphs with ``mso-list:Ignore`` markers, song lines
   split by ``<br>``, a results table (cells joined " | "), "Xem thêm:" and "File đính kèm:"
   lines, tags "Từ khóa:", headline styled ``text-transform:uppercase`` (gold: the source
   text, not the rendered capitals), one headline typed in capitals by the editor (kept).

Gold decisions on ambiguous points
----------------------------------
- A photo whose only line is "Ảnh: X" has caption None and X is a photographer of the article.
- The duplicated lead (trap 5) is one paragraph of the body, not two.
- The notice (Thông báo số 52): letterhead table, "THÔNG BÁO", its "Về việc …" line, "Nơi
  nhận" and the signature block are not body; author = the signer's name; date = letterhead day.
- Category = the last breadcrumb item (the sub-category: "Nuôi dạy trẻ", not "Góc phụ huynh").
- The "Thực đơn" week pages, "Lịch học", albums, video pages, văn bản entries, the intro,
  contact and registration pages are not articles.
- Titles are the HTML source text of ``h2.tde_ct`` (CSS upper-casing ignored).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
)

NAME = "webtruonghoc_mamnon"
PLATFORM = "webtruonghoc (PHP school template)"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
SCHOOL = "Trường Mầm non Hoa Mai"
SID = "9f2c41b7d03e5a8c6e1f02d4a7b93c55"
PER_PAGE = 3


# --- categories ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    slug: str
    name: str
    parent: str


CATS = {
    "tin-tuc-su-kien": Cat("tin-tuc-su-kien", "Tin tức - Sự kiện", "Tin tức"),
    "thong-bao": Cat("thong-bao", "Thông báo", "Tin tức"),
    "hoat-dong-cua-be": Cat("hoat-dong-cua-be", "Hoạt động của bé", "Hoạt động"),
    "nuoi-day-tre": Cat("nuoi-day-tre", "Nuôi dạy trẻ", "Góc phụ huynh"),
}


def _img(name: str) -> str:
    return f"upload/images/2026/{name}"


DIVIDER = "upload/trangtri/gach-hoa-mai.gif"

# --- the stories ---------------------------------------------------------------------------
# opts: date (stamp printed in div.tt_ct), updated, views, mota (text of div.mota_ct),
# enc ("entities" | "nfd"), tags, attach, thumb, xemthem

STORIES: list[Story] = [
    Story(
        id=146,
        slug="doan-kiem-tra-phong-van-hoa-xa-hoi-phuong-tan-an-lam-viec-tai-truong",
        title="Đoàn kiểm tra của Phòng Văn hóa - Xã hội phường Tân An làm việc tại trường",
        cat="tin-tuc-su-kien",
        published_at="2026-12-04T16:10:00+07:00",
        summary=(
            "Chiều ngày 04/12/2026, Đoàn kiểm tra của Phòng Văn hóa - Xã hội phường Tân An do "
            "bà Lê Thị Thu Hằng, Phó Trưởng phòng làm trưởng đoàn đã đến kiểm tra công tác chuẩn "
            "bị cho năm học và việc thực hiện chương trình giáo dục mầm non tại Trường Mầm non "
            "Hoa Mai."
        ),
        sapo_outside=True,
        blocks=[
            Raw(
                '<p style="text-align: justify;">Chiều ngày 04/12/2026, Đoàn kiểm tra của Phòng Văn hóa'
                " - Xã hội phường Tân An do bà Lê Thị Thu Hằng, Phó Trưởng phòng làm trưởng đoàn"
                " đã đến kiểm tra công tác chuẩn bị cho năm học và việc thực hiện chương trình giáo dục"
                " mầm non tại Trường Mầm non Hoa Mai.</p>"
            ),
            P(
                "Tiếp và làm việc với đoàn có cô Nguyễn Thị Minh Nguyệt - Hiệu trưởng, cô Phạm Thị Hoa"
                " - Phó Hiệu trưởng cùng các tổ trưởng chuyên môn. Đoàn đã kiểm tra hồ sơ quản lý, hồ sơ"
                " chuyên môn của giáo viên, bếp ăn bán trú và dự giờ hoạt động tại các lớp Chồi 2, Lá 1."
            ),
            Img(_img("12/kiem-tra-1.jpg"), "(Đoàn kiểm tra dự giờ hoạt động khám phá tại lớp Lá 1)",
                "Đoàn kiểm tra dự giờ hoạt động khám phá tại lớp Lá 1", "ctr"),
            P(
                "Qua kiểm tra, đoàn ghi nhận nhà trường đã thực hiện nghiêm túc Chương trình Giáo dục"
                " mầm non; môi trường lớp học được sắp xếp khoa học, có nhiều góc mở cho trẻ hoạt động;"
                " bếp ăn đảm bảo quy trình một chiều, thực phẩm có nguồn gốc rõ ràng."
            ),
            P(
                "Bên cạnh đó, đoàn cũng góp ý nhà trường cần tiếp tục bổ sung đồ dùng, đồ chơi tự tạo"
                " từ nguyên vật liệu địa phương và đẩy mạnh ứng dụng công nghệ thông tin trong quản lý"
                " trẻ."
            ),
            Img(_img("12/kiem-tra-2.jpg"), "(Bà Lê Thị Thu Hằng phát biểu kết luận buổi kiểm tra)",
                "Bà Lê Thị Thu Hằng phát biểu kết luận buổi kiểm tra", "ctr"),
            P(
                "Thay mặt tập thể cán bộ, giáo viên, nhân viên, cô Hiệu trưởng tiếp thu ý kiến của đoàn"
                " và cam kết khắc phục những tồn tại trong thời gian sớm nhất."
            ),
            Raw('<p style="text-align: right;"><strong>ThS. Phạm Thị Hoa – Phó Hiệu trưởng</strong></p>'),
        ],
        authors=["Phạm Thị Hoa"],
        opts={"date": "16:10 | 04/12/2026", "updated": "04/12/2026 17:02", "views": 86,
              "tags": "kiểm tra, chuyên môn", "thumb": _img("12/kiem-tra-1.jpg")},
    ),
    Story(
        id=145,
        slug="be-vui-trai-nghiem-ngay-hoi-nho-lam-banh-quy",
        title="Bé vui trải nghiệm “Ngày hội nhỏ - Làm bánh quy” 🍪",
        cat="hoat-dong-cua-be",
        published_at="2026-12-02T10:05:00+07:00",
        blocks=[
            P(
                "Nhằm giúp trẻ được trải nghiệm thực tế, phát triển kỹ năng vận động tinh và khả năng"
                " làm việc nhóm, sáng ngày 02/12/2026, các bé lớp Lá 2 đã tham gia hoạt động “Ngày hội"
                " nhỏ - Làm bánh quy” dưới sự hướng dẫn của cô giáo và các phụ huynh tình nguyện."
            ),
            P(
                "Từ bột mì, bơ, sữa và trứng, các bé được tự tay nhào bột, cán bột và dùng khuôn để tạo"
                " ra những chiếc bánh hình ngôi sao, trái tim, con cá thật ngộ nghĩnh."
            ),
            Img(_img("12/lam-banh-1.jpg"), "Bé cùng cô nhào bột làm bánh",
                "Bé cùng cô nhào bột làm bánh", "br"),
            P(
                "Trong lúc chờ bánh chín, cô giáo trò chuyện cùng trẻ về nguồn gốc các loại thực phẩm,"
                " nhắc trẻ rửa tay sạch sẽ trước và sau khi chế biến. Mùi bánh thơm lừng khắp lớp"
                " khiến bé nào cũng háo hức 😊"
            ),
            Img(_img("12/lam-banh-2.jpg"), "Những chiếc bánh quy đầu tiên do bé làm",
                "Những chiếc bánh quy đầu tiên do bé làm", "br"),
            P(
                "Kết thúc buổi trải nghiệm, các bé mang những chiếc bánh do mình làm ra để mời bố mẹ,"
                " ông bà. Đây là hoạt động bổ ích giúp trẻ thêm tự tin và yêu thích việc tự phục vụ."
            ),
            Raw('<p align="right"><b><i>GV: Trần Thị Mỹ Linh - Lớp Lá 2</i></b></p>'),
        ],
        authors=["Trần Thị Mỹ Linh"],
        opts={"date": "10:05 | 02/12/2026", "views": 132, "enc": "nfd",
              "tags": "trải nghiệm, lớp Lá 2", "thumb": _img("12/lam-banh-1.jpg")},
    ),
    Story(
        id=144,
        slug="thong-bao-to-chuc-hoi-thi-be-khoe-be-ngoan-cap-truong",
        title="Thông báo tổ chức Hội thi “Bé khỏe - Bé ngoan” cấp trường năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">'
                "<tbody><tr>"
                '<td style="width:40%;text-align:center;vertical-align:top">UBND PHƯỜNG TÂN AN<br />'
                "<strong>TRƯỜNG MẦM NON HOA MAI</strong><br />Số: 52/TB-MNHM</td>"
                '<td style="text-align:center;vertical-align:top"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT'
                " NAM</strong><br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
                "<em>Tân An, ngày 30 tháng 11 năm 2026</em></td>"
                "</tr></tbody></table>"
                '<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align:center"><strong>Về việc tổ chức Hội thi “Bé khỏe - Bé ngoan” cấp'
                " trường năm học 2026 - 2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 118/KH-MNHM ngày 15/9/2026 của Trường Mầm non Hoa Mai về thực hiện"
                " nhiệm vụ năm học 2026 - 2027;"
            ),
            P(
                "Trường Mầm non Hoa Mai thông báo tổ chức Hội thi “Bé khỏe - Bé ngoan” cấp trường như"
                " sau:"
            ),
            P("1. Thời gian: 7 giờ 30 phút, thứ Năm ngày 10/12/2026.", "b"),
            P("2. Địa điểm: Sân trường Mầm non Hoa Mai (điểm trường chính).", "b"),
            P("3. Đối tượng: Trẻ mẫu giáo 4 - 5 tuổi và 5 - 6 tuổi các lớp Chồi, Lá.", "b"),
            P(
                "4. Nội dung: Phần chào hỏi; phần thi năng khiếu; phần thi vận động “Bé nhanh nhẹn”"
                " và phần thi hiểu biết về an toàn giao thông.",
                "b",
            ),
            P(
                "Đề nghị giáo viên các lớp thông báo đến phụ huynh, chuẩn bị trang phục, đồ dùng cho"
                " trẻ tham gia đầy đủ. Kính mời quý phụ huynh đến dự và cổ vũ cho các bé."
            ),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                '<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br />'
                "- Các tổ chuyên môn;<br />- Giáo viên các lớp;<br />- Website trường;<br />"
                "- Lưu: VT.</td>"
                '<td style="text-align:center;vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br />'
                "<br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Thị Minh Nguyệt</strong></td>"
                "</tr></tbody></table>"
            ),
        ],
        authors=["Nguyễn Thị Minh Nguyệt"],
        opts={"date": "07:45 | 01/12/2026", "views": 214, "list_day": "01/12/2026",
              "attach": ("upload/files/2026/tb-52-mnhm-hoi-thi-be-khoe-be-ngoan.pdf",
                         "TB 52-MNHM hoi thi be khoe be ngoan.pdf"),
              "tags": "hội thi, bé khỏe bé ngoan", "thumb": "images/no-image.jpg"},
    ),
    Story(
        id=143,
        slug="phong-chong-benh-tay-chan-mieng-cho-tre-trong-mua-mua",
        title="Phòng chống bệnh tay chân miệng cho trẻ trong mùa mưa",
        cat="nuoi-day-tre",
        published_at="2026-11-28T20:15:00+07:00",
        summary=(
            "Bệnh tay chân miệng thường gia tăng vào mùa mưa, lây lan nhanh ở các trường mầm non."
            " Phụ huynh cần nhận biết sớm các dấu hiệu của bệnh và phối hợp với nhà trường để"
            " phòng bệnh cho trẻ."
        ),
        sapo_outside=True,
        blocks=[
            P("Dấu hiệu nhận biết", "h3"),
            P("Trẻ sốt nhẹ, mệt mỏi, đau họng, biếng ăn, chảy nước bọt nhiều.", "li"),
            P(
                "Xuất hiện các bóng nước ở lòng bàn tay, lòng bàn chân, đầu gối, mông; vết loét trong"
                " miệng.",
                "li",
            ),
            P("Trẻ quấy khóc, giật mình, ngủ không yên là dấu hiệu cần đưa đi khám ngay.", "li"),
            P("Biện pháp phòng bệnh", "h3"),
            P(
                "Rửa tay thường xuyên bằng xà phòng dưới vòi nước sạch cho trẻ và người chăm sóc trẻ,"
                " đặc biệt trước khi cho trẻ ăn và sau khi thay tã."
            ),
            P(
                "Lau sạch bề mặt, đồ chơi, vật dụng của trẻ bằng xà phòng hoặc chất tẩy rửa thông"
                " thường. Không cho trẻ dùng chung khăn, cốc, thìa."
            ),
            P(
                "Khi trẻ có biểu hiện bệnh, phụ huynh cho trẻ nghỉ học, báo ngay cho giáo viên chủ"
                " nhiệm và đưa trẻ đến cơ sở y tế gần nhất để được khám, điều trị kịp thời."
            ),
            Img(_img("11/tay-chan-mieng.jpg"), None, None, "none"),
            Raw('<p style="text-align: right;"><em>Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh Đắk Lắk</em></p>'),
        ],
        source="Trung tâm Kiểm soát bệnh tật tỉnh Đắk Lắk",
        opts={"date": "20:15 | 28/11/2026", "views": 305, "tags": "sức khỏe, phòng bệnh",
              "thumb": _img("11/tay-chan-mieng.jpg")},
    ),
    Story(
        id=142,
        slug="hoat-dong-trai-nghiem-steam-be-lam-chiec-thuyen-giay-lop-choi-2",
        title="Hoạt động trải nghiệm STEAM “Bé làm chiếc thuyền giấy” của lớp Chồi 2",
        cat="hoat-dong-cua-be",
        published_at="2026-11-26T14:30:00+07:00",
        summary=(
            "Giáo dục STEAM giúp trẻ mầm non được học qua chơi, qua trải nghiệm, từ đó phát triển"
            " tư duy sáng tạo và khả năng giải quyết vấn đề ngay từ những năm tháng đầu đời."
        ),
        blocks=[
            P(
                "Giáo dục STEAM giúp trẻ mầm non được học qua chơi, qua trải nghiệm, từ đó phát triển"
                " tư duy sáng tạo và khả năng giải quyết vấn đề ngay từ những năm tháng đầu đời.",
                "b",
            ),
            Raw(f'<p style="text-align:center"><img alt="" src="{DIVIDER}" style="width:420px;height:24px" /></p>'),
            P(
                "Chiều 26/11/2026, cô và trẻ lớp Chồi 2 đã cùng nhau thực hiện dự án “Bé làm chiếc"
                " thuyền giấy”. Trẻ được quan sát các loại thuyền, đặt câu hỏi vì sao thuyền nổi được"
                " trên mặt nước và đưa ra dự đoán của mình."
            ),
            Img(_img("11/steam-thuyen-1.jpg"), "Các bé thảo luận nhóm, vẽ thiết kế chiếc thuyền",
                "Các bé thảo luận nhóm, vẽ thiết kế chiếc thuyền", "tbl"),
            P(
                "Sau khi thiết kế, các nhóm lựa chọn vật liệu: giấy màu, giấy bạc, hộp sữa, ống hút… để"
                " làm thuyền. Mỗi nhóm thả thuyền vào chậu nước và đếm xem thuyền chở được bao nhiêu"
                " viên sỏi."
            ),
            Img(_img("11/steam-thuyen-2.jpg"), "Thử nghiệm: thuyền nào chở được nhiều sỏi nhất?",
                "Thử nghiệm: thuyền nào chở được nhiều sỏi nhất?", "tbl"),
            P(
                "Qua hoạt động, trẻ biết thuyền làm bằng giấy bạc và hộp sữa nổi lâu hơn thuyền giấy"
                " màu, biết hợp tác với bạn và mạnh dạn trình bày ý tưởng trước lớp."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Thị Thanh Tâm</strong></p>'),
        ],
        authors=["Nguyễn Thị Thanh Tâm"],
        photographers=["Nguyễn Thị Thanh Tâm"],
        opts={"date": "14:30 | 26/11/2026", "updated": "27/11/2026 08:40", "views": 198,
              "tags": "STEAM, lớp Chồi 2", "thumb": _img("11/steam-thuyen-1.jpg")},
    ),
    Story(
        id=139,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T09:00:00+07:00",
        blocks=[
            P(
                "Sáng ngày 20/11/2026, Trường Mầm non Hoa Mai long trọng tổ chức Lễ kỷ niệm 44 năm"
                " Ngày Nhà giáo Việt Nam. Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND phường"
                " Tân An, Ban đại diện cha mẹ trẻ cùng toàn thể cán bộ, giáo viên, nhân viên nhà trường."
            ),
            P(
                "Tại buổi lễ, cô Nguyễn Thị Minh Nguyệt - Hiệu trưởng ôn lại truyền thống vẻ vang của"
                " Ngày Nhà giáo Việt Nam và điểm lại những thành tích nổi bật của nhà trường trong năm"
                " học 2025 - 2026."
            ),
            Img(_img("11/20-11-le.jpg"), "Ảnh: Đỗ Văn Hải", None, "credit"),
            P(
                "Nhân dịp này, nhà trường trao giấy khen cho 12 cô giáo đạt danh hiệu giáo viên dạy"
                " giỏi cấp trường và 3 tập thể lớp xuất sắc. Các tiết mục văn nghệ đặc sắc do cô và"
                " trẻ biểu diễn đã mang lại không khí vui tươi, ấm áp cho buổi lễ."
            ),
            Raw('<p style="text-align: right;"><strong>Tổ Văn phòng</strong></p>'),
        ],
        authors=["Tổ Văn phòng"],
        photographers=["Đỗ Văn Hải"],
        opts={"date": "09:00 | 20/11/2026", "views": 421, "tags": "20/11, nhà giáo",
              "thumb": _img("11/20-11-le.jpg")},
    ),
    Story(
        id=136,
        slug="thong-bao-tuyen-sinh-bo-sung-tre-tu-18-den-36-thang-tuoi",
        title="THÔNG BÁO TUYỂN SINH BỔ SUNG TRẺ TỪ 18 ĐẾN 36 THÁNG TUỔI NĂM HỌC 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-14T08:20:00+07:00",
        blocks=[
            P(
                "Trường Mầm non Hoa Mai thông báo tuyển sinh bổ sung trẻ nhà trẻ từ 18 đến 36 tháng"
                " tuổi (sinh năm 2024 và năm 2025) vào học năm học 2026 - 2027."
            ),
            P("Chỉ tiêu: 25 trẻ (02 nhóm lớp).", "li"),
            P("Thời gian nhận hồ sơ: từ ngày 16/11/2026 đến hết ngày 30/11/2026 (trong giờ hành chính).", "li"),
            P("Hồ sơ gồm: đơn xin nhập học (theo mẫu), bản sao giấy khai sinh, sổ tiêm chủng của trẻ.", "li"),
            P(
                "Phụ huynh có nhu cầu có thể đăng ký trực tuyến trên website của trường hoặc liên hệ"
                " trực tiếp Văn phòng nhà trường, điện thoại 0262.3 855 246 để được hướng dẫn."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="van-ban/ke-hoach-tuyen-sinh-2026-2027.html">'
                "Kế hoạch tuyển sinh năm học 2026 - 2027</a></p>"
            ),
        ],
        opts={"date": "08:20 | 14/11/2026", "views": 388, "tags": "tuyển sinh, nhà trẻ",
              "thumb": "images/no-image.jpg"},
    ),
    Story(
        id=133,
        slug="huong-ung-ngay-phap-luat-viet-nam-nam-2026",
        title="Hưởng ứng “Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam” năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-11-09T08:00:00+07:00",
        blocks=[
            P(
                "Thực hiện Kế hoạch của UBND phường Tân An về tổ chức hưởng ứng Ngày Pháp luật nước"
                " Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026, Trường Mầm non Hoa Mai đã triển khai"
                " nhiều hoạt động thiết thực đến toàn thể cán bộ, giáo viên, nhân viên."
            ),
            P("Các hoạt động cụ thể:", ""),
            P("Tổ chức sinh hoạt chuyên đề giới thiệu Luật Giáo dục, Luật Trẻ em và các văn bản hướng"
              " dẫn mới.", "mso"),
            P("Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật tại cổng trường.", "mso"),
            P("Lồng ghép giáo dục an toàn giao thông, phòng chống xâm hại cho trẻ mẫu giáo lớn qua"
              " các câu chuyện, bài hát.", "mso"),
            P(
                "- Phối hợp với Công an phường tuyên truyền cho phụ huynh về phòng chống cháy nổ tại"
                " gia đình."
            ),
            P(
                "Qua đó góp phần nâng cao ý thức tôn trọng và chấp hành pháp luật, xây dựng môi trường"
                " giáo dục an toàn, thân thiện."
            ),
            Raw('<p style="text-align: right;"><strong><em>BBT</em></strong></p>'),
        ],
        opts={"date": "08:00 | 09/11/2026", "views": 97, "tags": "pháp luật",
              "thumb": "images/no-image.jpg"},
    ),
    Story(
        id=131,
        slug="be-hoc-hat-co-giao-em-chao-mung-ngay-20-11",
        title="Bé học hát “Cô giáo em” chào mừng ngày 20/11",
        cat="hoat-dong-cua-be",
        published_at="2026-11-05T09:30:00+07:00",
        blocks=[
            P(
                "Hướng tới kỷ niệm Ngày Nhà giáo Việt Nam 20/11, các bé khối Mẫu giáo lớn hào hứng"
                " tập luyện bài hát “Cô giáo em” (sáng tác: Hoàng Long - Hoàng Lân) để dành tặng cô."
            ),
            P("Lời bài hát:", "b"),
            P("Mỗi sáng em vào lớp", "br1"),
            P("Cô giáo đã đến rồi", "br1"),
            P("Đầu tiên cô mỉm cười", "br1"),
            P("Rồi sau cô giảng bài", "br1"),
            P("Cô dạy em tập viết", "br2"),
            P("Gió đưa thoảng hương nhài", "br2"),
            P("Nắng ghé vào cửa lớp", "br2"),
            P("Xem chúng em học bài", "br2"),
            Img(_img("11/hat-co-giao-em.jpg"), "(Các bé lớp Lá 1 tập hát cùng cô)",
                "Các bé lớp Lá 1 tập hát cùng cô", "ctr"),
            P(
                "Qua bài hát, trẻ thêm yêu quý, kính trọng cô giáo, biết thể hiện tình cảm của mình"
                " bằng lời ca, điệu múa."
            ),
            Raw('<p style="text-align: right;"><strong>Tổ chuyên môn Mẫu giáo lớn</strong></p>'),
        ],
        authors=["Tổ chuyên môn Mẫu giáo lớn"],
        opts={"date": "09:30 | 05/11/2026", "views": 156, "tags": "âm nhạc, 20/11",
              "thumb": _img("11/hat-co-giao-em.jpg")},
    ),
    Story(
        id=129,
        slug="5-cach-giup-tre-tu-tin-hon-khi-den-lop",
        title="5 cách giúp trẻ tự tin hơn khi đến lớp",
        cat="nuoi-day-tre",
        published_at="2026-10-30T11:00:00+07:00",
        blocks=[
            P(
                "Sự tự tin là nền tảng giúp trẻ mạnh dạn giao tiếp, khám phá và thích nghi với môi"
                " trường mới. Theo các chuyên gia tâm lý, cha mẹ có thể giúp con tự tin hơn bằng"
                " những việc làm đơn giản hằng ngày."
            ),
            P("1. Khen ngợi đúng lúc", "h3"),
            P(
                "Hãy khen khi trẻ cố gắng, không chỉ khi trẻ làm tốt. Lời khen cụ thể như “Con đã tự"
                " xếp gọn đồ chơi, mẹ rất vui” có tác dụng hơn lời khen chung chung."
            ),
            P("2. Cho trẻ tự làm việc vừa sức", "h3"),
            P("Để trẻ tự mặc áo, tự xúc cơm, tự cất dép dù còn chậm và chưa khéo."),
            P("3. Lắng nghe con", "h3"),
            P("Dành ít nhất 15 phút mỗi ngày trò chuyện, hỏi con về một ngày ở lớp."),
            P("4. Không so sánh con với bạn khác", "h3"),
            P("Mỗi trẻ có tốc độ phát triển riêng; so sánh khiến trẻ tự ti và ngại thử sức."),
            P("5. Chuẩn bị trước khi đến lớp", "h3"),
            P(
                "Buổi tối cùng con chuẩn bị balo, trò chuyện về những điều thú vị sẽ diễn ra ngày mai"
                " để trẻ háo hức đến trường."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Giáo dục và Thời đại</em></p>'),
        ],
        source="Báo Giáo dục và Thời đại",
        opts={"date": "11:00 | 30/10/2026", "views": 277, "tags": "kỹ năng, tự tin",
              "thumb": "images/no-image.jpg"},
    ),
    Story(
        id=127,
        slug="chao-mung-ngay-phu-nu-viet-nam-20-10",
        title="Công đoàn trường tổ chức các hoạt động chào mừng Ngày Phụ nữ Việt Nam 20/10",
        cat="tin-tuc-su-kien",
        published_at="2026-10-20T15:45:00+07:00",
        blocks=[
            P(
                "Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 -"
                " 20/10/2026), Công đoàn Trường Mầm non Hoa Mai đã tổ chức nhiều hoạt động ý nghĩa"
                " dành cho các chị em cán bộ, giáo viên, nhân viên."
            ),
            P(
                "Chiều 19/10, hội thi cắm hoa nghệ thuật với chủ đề “Hoa mừng ngày Phụ nữ” diễn ra sôi"
                " nổi với sự tham gia của 6 đội thi đến từ các tổ chuyên môn."
            ),
            Img(_img("10/cam-hoa-20-10.jpg"), "Tác phẩm đạt giải Nhất của tổ Mẫu giáo nhỡ",
                "Tác phẩm đạt giải Nhất của tổ Mẫu giáo nhỡ", "tbl"),
            P(
                "Sáng 20/10, các bé cũng tự tay làm thiệp tặng bà, tặng mẹ và cô giáo. Những tấm thiệp"
                " tuy còn vụng về nhưng chứa đựng tình cảm chân thành của trẻ."
            ),
            Raw('<p style="text-align: right;"><strong>Người viết: Lê Thị Hồng Nhung; Ảnh: Đỗ Văn Hải</strong></p>'),
        ],
        authors=["Lê Thị Hồng Nhung"],
        photographers=["Đỗ Văn Hải"],
        opts={"date": "15:45 | 20/10/2026", "views": 143, "enc": "entities",
              "tags": "công đoàn, 20/10", "thumb": _img("10/cam-hoa-20-10.jpg")},
    ),
    Story(
        id=124,
        slug="be-tham-gia-ngay-hoi-den-truong-an-toan-giao-thong",
        title="Bé tham gia “Ngày hội đến trường an toàn giao thông”",
        cat="hoat-dong-cua-be",
        published_at="2026-10-12T16:00:00+07:00",
        blocks=[
            P(
                "Sáng 12/10/2026, các bé khối Chồi và khối Lá đã tham gia “Ngày hội đến trường an toàn"
                " giao thông” do nhà trường phối hợp với Đội Cảnh sát giao thông - Trật tự Công an"
                " phường Tân An tổ chức."
            ),
            P(
                "Các chú cảnh sát giao thông hướng dẫn trẻ nhận biết đèn tín hiệu, một số biển báo"
                " đơn giản, cách đội mũ bảo hiểm đúng cách và cách ngồi sau xe máy an toàn."
            ),
            Img(_img("10/an-toan-giao-thong.jpg"), None, None, "none"),
            P(
                "Trẻ được trực tiếp thực hành đi qua đường trên sa hình, chơi trò chơi “Đèn xanh đèn"
                " đỏ” rất hào hứng."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Võ Thị Ngọc Hân</strong></p>'),
        ],
        authors=["Võ Thị Ngọc Hân"],
        photographers=["Võ Thị Ngọc Hân"],
        opts={"date": "16:00 | 12/10/2026", "views": 119, "tags": "an toàn giao thông",
              "thumb": _img("10/an-toan-giao-thong.jpg")},
    ),
    Story(
        id=121,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-05",
        blocks=[
            P(
                "Ngày 05/10/2026, Trường Mầm non Hoa Mai tổ chức Hội nghị viên chức, người lao động"
                " năm học 2026 - 2027 với sự tham dự của 42 cán bộ, giáo viên, nhân viên."
            ),
            P(
                "Hội nghị đã thông qua báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm"
                " học mới và các chỉ tiêu thi đua chủ yếu như sau:"
            ),
            P("Nội dung | Chỉ tiêu năm học 2026 - 2027", "tr"),
            P("Tỷ lệ huy động trẻ mẫu giáo ra lớp | 98%", "tr"),
            P("Trẻ 5 tuổi hoàn thành chương trình | 100%", "tr"),
            P("Giáo viên dạy giỏi cấp trường | 12 đồng chí", "tr"),
            P("Tỷ lệ trẻ suy dinh dưỡng thể thấp còi | Dưới 3%", "tr"),
            P(
                "Hội nghị cũng đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí và"
                " ký kết giao ước thi đua giữa các tổ chuyên môn."
            ),
            Raw('<p style="text-align: right;"><strong>Phan Thị Kim Oanh</strong></p>'),
        ],
        authors=["Phan Thị Kim Oanh"],
        opts={"date": "00:00 | 05/10/2026", "views": 64, "tags": "hội nghị",
              "thumb": "images/no-image.jpg"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}


def in_cat(slug: str) -> list[Story]:
    """Newest first: the order the template lists them."""
    return [s for s in STORIES if s.cat == slug]


def article_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}.html"


def listing_page_of(story: Story) -> int:
    return in_cat(story.cat).index(story) // PER_PAGE + 1


# --- markup helpers ------------------------------------------------------------------------


def _t(value: str) -> str:
    return esc(value)


def day_of(story: Story) -> str:
    return story.opts.get("list_day") or story.opts["date"].split("| ")[1]


def _caption_markup(img: Img) -> str:
    src = img.src
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="2" cellspacing="0" class="tbl_anh" '
            'style="width:520px"><tbody>'
            f'<tr><td><img alt="" src="{src}" style="width:500px" /></td></tr>'
            f'<tr><td style="text-align:center"><em><span style="font-size:12px">{_t(img.printed or "")}'
            "</span></em></td></tr></tbody></table>"
        )
    if img.style == "ctr":
        return (
            f'<p style="text-align:center"><img alt="{esc(img.caption or "")}" src="{src}" '
            'style="width:500px;height:333px" /></p>'
            f'<p style="text-align:center"><span style="color:#0000cd"><em>{_t(img.printed or "")}'
            "</em></span></p>"
        )
    if img.style == "br":
        return (
            f'<p style="text-align:center"><img src="{src}" width="480" /><br />\n'
            f"<em>{_t(img.printed or '')}</em></p>"
        )
    if img.style == "credit":
        return (
            f'<p style="text-align:center"><img alt="anh" src="{src}" width="500" /></p>'
            f'<p style="text-align:right"><em>{_t(img.printed or "")}</em></p>'
        )
    return f'<p style="text-align:center"><img alt="" src="{src}" width="500" /></p>'


_MSO = (
    '<p class="MsoListParagraph" style="margin-left:.5in;text-indent:-.25in;mso-list:l0 level1 lfo1">'
    '<span style="font-family:Symbol;mso-fareast-font-family:Symbol"><span style="mso-list:Ignore">·'
    '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
    '<span style="font-size:13.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;">{}</span></p>'
)


def render_blocks(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_caption_markup(b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "\n".join(items) + "</ul>")
            continue
        elif b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                tag = "th" if not rows else "td"
                rows.append("<tr>" + "".join(f'<{tag} style="border:1px solid #999;padding:3px">'
                                             f"{_t(c)}</{tag}>" for c in cells) + "</tr>")
                i += 1
            out.append('<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;'
                       'width:90%" align="center"><tbody>' + "\n".join(rows) + "</tbody></table>")
            continue
        elif b.style.startswith("br"):
            group = b.style
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == group:
                lines.append(_t(blocks[i].text))
                i += 1
            out.append('<p style="text-align:center"><em>' + "<br />\n".join(lines) + "</em></p>")
            continue
        elif b.style == "h3":
            out.append(f'<h3><span style="color:#008000">{_t(b.text)}</span></h3>')
        elif b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{_t(b.text)}</strong></p>')
        elif b.style == "mso":
            out.append(_MSO.format(_t(b.text)))
        else:
            out.append(f'<p style="text-align: justify;">{_t(b.text)}</p>')
        i += 1
    markup = "\n".join(out)
    enc = story.opts.get("enc")
    if enc == "entities":
        markup = entity_mix(markup, 2)
    elif enc == "nfd":
        markup = unicodedata.normalize("NFD", markup)
    return markup


# --- layout --------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "./", []),
    ("Giới thiệu", "gioi-thieu.html", [("Lịch sử nhà trường", "gioi-thieu.html"),
                                       ("Cơ cấu tổ chức", "gioi-thieu.html#cocau")]),
    ("Tin tức", "#", [("Tin tức - Sự kiện", "danh-muc/tin-tuc-su-kien.html"),
                      ("Thông báo", "danh-muc/thong-bao.html")]),
    ("Hoạt động", "#", [("Hoạt động của bé", "danh-muc/hoat-dong-cua-be.html"),
                        ("Lịch học", "lich-hoc.html")]),
    ("Góc phụ huynh", "#", [("Nuôi dạy trẻ", "danh-muc/nuoi-day-tre.html"),
                            ("Thực đơn", "thuc-don.html"),
                            ("Đăng ký nhập học", "dang-ky-nhap-hoc.html")]),
    ("Thư viện", "#", [("Thư viện ảnh", "thu-vien-anh.html"), ("Video", "video.html")]),
    ("Văn bản", "van-ban.html", []),
    ("Liên hệ", "lien-he.html", []),
]


def _menu() -> str:
    items = []
    for n, (label, href, subs) in enumerate(MENU, 1):
        sub = ""
        if subs:
            sub = '<ul class="sub_mn">' + "".join(
                f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in subs) + "</ul>"
        items.append(f'<li class="mn_{n}"><a href="{href}">{esc(label)}</a>{sub}</li>')
    return '<div id="menungang"><ul class="mnu_top">' + "".join(items) + "</ul></div>"


def _most_read() -> str:
    top = sorted(STORIES, key=lambda s: -s.opts["views"])[:5]
    lis = "".join(
        f'<li><a href="{article_path(s)[1:]}">{esc(s.title)}</a></li>' for s in top
    )
    return f'<div class="khoi_trai"><div class="tde_khoi">TIN XEM NHIỀU</div><ul class="ds_xn">{lis}</ul></div>'


POPUP = """
<div id="popup_dk" class="mdl_dk" style="display:none">
 <div class="mdl_nd">
  <span class="dong_popup" onclick="$('#popup_dk').hide()">×</span>
  <h3 class="tde_popup">ĐĂNG KÝ NHẬP HỌC NĂM HỌC 2026 - 2027</h3>
  <p>Quý phụ huynh vui lòng điền đầy đủ thông tin bên dưới, nhà trường sẽ liên hệ lại trong
  thời gian sớm nhất để tư vấn và hướng dẫn thủ tục nhập học cho bé.</p>
  <p>Nhà trường nhận trẻ từ 18 tháng đến 6 tuổi, có xe đưa đón và tổ chức bán trú.</p>
  <form action="dang-ky-nhap-hoc.html" method="post" name="frm_dk">
   <input type="text" name="ho_ten_be" placeholder="Họ tên bé" />
   <input type="text" name="ngay_sinh" placeholder="Ngày sinh" />
   <input type="text" name="phu_huynh" placeholder="Họ tên phụ huynh" />
   <input type="text" name="dien_thoai" placeholder="Số điện thoại" />
   <button type="submit">Gửi đăng ký</button>
  </form>
 </div>
</div>"""


def layout(request: Request, title: str, main: str, *, description: str = "",
           og_type: str = "website") -> Response:
    base = base_url(request) + "/"
    tb = "".join(
        f'<li><a href="{article_path(s)[1:]}">{esc(s.title)}</a></li>' for s in in_cat("thong-bao")
    )
    cats = "".join(
        f'<li><a href="danh-muc/{c.slug}.html">» {esc(c.name)}</a></li>' for c in CATS.values()
    )
    page = f"""\ufeff<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<base href="{esc(base)}" />
<title>{esc(title)}</title>
<meta name="description" content="{esc(description or SCHOOL + ' - phường Tân An, tỉnh Đắk Lắk')}" />
<meta name="keywords" content="mầm non, hoa mai, tân an, đắk lắk" />
<meta property="og:type" content="{og_type}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:url" content="{esc(base_url(request) + request.target)}" />
<link rel="shortcut icon" href="images/favicon.ico" />
<link href="templates/mamnon05/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="templates/mamnon05/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="templates/mamnon05/js/ddsmoothmenu.js"></script>
</head>
<body>
<div id="wrapper">
 <div id="top_bar"><span class="ngay_ht">{TODAY_LINE}</span>
  <form action="tim-kiem.html" method="get" class="frm_tk"><input type="text" name="tu-khoa" value="" placeholder="Nhập từ khóa..." /><input type="submit" value="Tìm" /></form>
 </div>
 <div id="banner"><a href="./"><img src="upload/banner/banner-mn-hoa-mai.jpg" alt="{SCHOOL}" /></a>
  <h1 class="ten_truong" style="display:none">{SCHOOL.upper()}</h1></div>
 {_menu()}
 <div id="chay_chu"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">🌸 Chào mừng quý phụ huynh đến với website {SCHOOL} 🌸 Nhà trường đang nhận hồ sơ tuyển sinh bổ sung trẻ 18 - 36 tháng tuổi. Mọi chi tiết xin liên hệ: 0262.3 855 246</marquee></div>
 <div id="noidung_trang">
  <div id="cot_trai">
   <div class="khoi_trai"><div class="tde_khoi">DANH MỤC</div><ul class="dm_trai">{cats}</ul></div>
   {_most_read()}
   <div class="khoi_trai"><div class="tde_khoi">THỐNG KÊ TRUY CẬP</div>
    <table class="tk_tc"><tr><td>Đang online:</td><td>7</td></tr><tr><td>Hôm nay:</td><td>146</td></tr>
    <tr><td>Hôm qua:</td><td>203</td></tr><tr><td>Tổng truy cập:</td><td>358.917</td></tr></table></div>
  </div>
  <div id="khung_giua">
{main}
{POPUP}
  </div>
  <div id="cot_phai">
   <div class="khoi_phai"><div class="tde_khoi">THÔNG BÁO</div><marquee direction="up" scrollamount="2" height="150"><ul>{tb}</ul></marquee></div>
   <div class="khoi_phai"><a href="javascript:void(0)" onclick="$('#popup_dk').show()"><img src="images/btn-dang-ky-nhap-hoc.gif" alt="Đăng ký nhập học" /></a></div>
   <div class="khoi_phai"><div class="tde_khoi">THĂM DÒ Ý KIẾN</div>
    <form action="#" method="post" onsubmit="return false"><p>Bạn biết đến website trường qua kênh nào?</p>
    <label><input type="radio" name="bc" value="1" /> Giáo viên giới thiệu</label><br />
    <label><input type="radio" name="bc" value="2" /> Facebook / Zalo</label><br />
    <label><input type="radio" name="bc" value="3" /> Tìm kiếm Google</label><br />
    <input type="button" value="Bình chọn" /> <input type="button" value="Kết quả" /></form></div>
   <div class="khoi_phai"><div class="tde_khoi">LIÊN KẾT WEBSITE</div>
    <select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
    <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
    <option value="https://daklak.edu.vn">Sở GD&amp;ĐT Đắk Lắk</option></select></div>
   <div class="khoi_phai"><div class="tde_khoi">FACEBOOK</div><a href="https://www.facebook.com/mamnonhoamaitanan" target="_blank">Fanpage Mầm non Hoa Mai</a></div>
  </div>
  <div class="clr"></div>
 </div>
 <div id="chan_trang">
  <p><strong>{SCHOOL.upper()}</strong></p>
  <p>Địa chỉ: Số 27 đường Y Wang, phường Tân An, tỉnh Đắk Lắk</p>
  <p>Điện thoại: 0262.3 855 246 - Email: mnhoamai.tanan@daklak.edu.vn</p>
  <p>Bản quyền thuộc về {SCHOOL} © 2026. Thiết kế website trường học: <a href="https://webtruonghoc.vn" target="_blank">WebTruongHoc.vn</a></p>
 </div>
</div>
<script type="text/javascript">$(function(){{ if(!sessionStorage.getItem('dk')){{ $('#popup_dk').fadeIn(); sessionStorage.setItem('dk',1); }} }});</script>
</body>
</html>"""
    return html(page.encode("utf-8"), charset=None)


def crumbs(*items: tuple[str, str | None]) -> str:
    parts = ['<a href="./">Trang chủ</a>']
    for label, href in items:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="duongdan">' + " » ".join(parts) + "</div>"


# --- pages ---------------------------------------------------------------------------------


def _excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(first) <= 150:
        return first
    return first[:150].rsplit(" ", 1)[0] + "..."


def home(request: Request) -> Response:
    slide = STORIES[0], BY_ID[145], BY_ID[142]
    slider = "".join(
        f'<li><a href="{article_path(s)[1:]}?PHPSESSID={SID}"><img src="{s.opts["thumb"]}" '
        f'width="560" height="320" alt="" /></a><div class="cap_slide"><a href="{article_path(s)[1:]}'
        f'?PHPSESSID={SID}">{esc(s.title)}</a></div></li>'
        for s in slide
    )
    newest = STORIES[:6]
    first, rest = newest[0], newest[1:]
    tinmoi = (
        f'<div class="tin_dau"><a href="{article_path(first)[1:]}"><img src="{first.opts["thumb"]}" '
        f'class="anh_tin_dau" /></a><h3><a href="{article_path(first)[1:]}">{esc(first.title)}</a></h3>'
        f"<p>{esc(_excerpt(first))}</p></div><ul class=\"ds_tinmoi\">"
        + "".join(
            f'<li><img src="images/new.gif" /> <a href="{article_path(s)[1:]}">{esc(s.title)}</a> '
            f'<span class="ngay">({day_of(s)})</span></li>'
            for s in rest
        )
        + "</ul>"
    )
    blocks = ""
    for slug, limit in (("hoat-dong-cua-be", 3), ("nuoi-day-tre", 2)):
        cat = CATS[slug]
        lis = "".join(
            f'<li><a href="{article_path(s)[1:]}"><img src="{s.opts["thumb"]}" width="150" /></a>'
            f'<a href="{article_path(s)[1:]}" class="tde_nho">{esc(s.title)}</a></li>'
            for s in in_cat(slug)[:limit]
        )
        blocks += (
            f'<div class="khoi_dm"><div class="tde_dm"><a href="danh-muc/{slug}.html">{esc(cat.name.upper())}</a>'
            f'<a class="xemtatca" href="danh-muc/{slug}.html">Xem tất cả »</a></div><ul>{lis}</ul></div>'
        )
    main = f"""
<div id="slider_tnb"><ul class="bxslider">{slider}</ul></div>
<div class="khoi_giua"><div class="tde_dm">TIN MỚI</div>{tinmoi}</div>
<div class="khoi_giua thu_ngo"><div class="tde_dm">THƯ NGỎ</div>
<p>Kính thưa quý phụ huynh! Trường Mầm non Hoa Mai được thành lập năm 1998, là ngôi nhà chung
yêu thương của hơn 380 bé. Với đội ngũ giáo viên tận tâm, cơ sở vật chất khang trang, nhà trường
luôn mong muốn mang đến cho trẻ môi trường “An toàn - Thân thiện - Hạnh phúc”.</p>
<p style="text-align:right"><em>Hiệu trưởng Nguyễn Thị Minh Nguyệt</em></p></div>
{blocks}
<div class="khoi_giua"><div class="tde_dm"><a href="thuc-don.html">THỰC ĐƠN TUẦN NÀY</a></div>
<p>Tuần 49 (30/11 - 04/12/2026) - <a href="thuc-don.html">Xem chi tiết</a></p></div>
<div class="khoi_giua"><div class="tde_dm"><a href="thu-vien-anh.html">THƯ VIỆN ẢNH</a></div>
{''.join(f'<a href="thu-vien-anh/{a[0]}.html"><img src="{a[3][0]}" width="180" /></a>' for a in ALBUMS)}</div>
"""
    return layout(request, f"{SCHOOL} - Phường Tân An", main)


def listing(request: Request, cat: Cat) -> Response:
    stories = in_cat(cat.slug)
    pages = max(1, -(-len(stories) // PER_PAGE))
    raw = request.params.get("trang", "1")
    n = int(raw) if raw.isdigit() and int(raw) > 0 else 1
    chunk = stories[(n - 1) * PER_PAGE : n * PER_PAGE]
    leak = f"?{request.query}" if n > 1 and request.query else ""
    items = "".join(
        f'<div class="item_tin"><a href="{article_path(s)[1:]}{esc(leak)}"><img src="{s.opts["thumb"]}" '
        f'class="anh_tin" width="160" height="110" /></a>'
        f'<h3 class="tde_tin"><a href="{article_path(s)[1:]}{esc(leak)}">{esc(s.title)}</a></h3>'
        f'<span class="ngay">Ngày đăng: {day_of(s)}</span>'
        f"<p>{esc(_excerpt(s))}</p>"
        f'<a class="xemtiep" href="{article_path(s)[1:]}{esc(leak)}">Xem tiếp »</a><div class="clr"></div></div>'
        for s in chunk
    ) or '<p class="thongbao_rong">Chưa có bài viết trong mục này.</p>'
    pager = ""
    if pages > 1:
        base = f"danh-muc/{cat.slug}.html"
        links = [f'<a href="{base}?trang=1">Đầu</a>']
        if n > 1:
            links.append(f'<a href="{base}?trang={n - 1}">«</a>')
        for k in range(1, pages + 1):
            links.append(f'<span class="trang_ht">{k}</span>' if k == n else f'<a href="{base}?trang={k}">{k}</a>')
        if n < pages:
            links.append(f'<a href="{base}?trang={n + 1}">»</a>')
        links.append(f'<a href="{base}?trang={pages}">Cuối</a>')
        pager = '<div class="phantrang">' + " ".join(links) + "</div>"
    main = (
        crumbs((cat.parent, None), (cat.name, f"danh-muc/{cat.slug}.html"))
        + f'<div class="tde_trang"><h2>{esc(cat.name.upper())}</h2></div>'
        + f'<div class="ds_tin">{items}</div>{pager}'
    )
    return layout(request, f"{cat.name} - {SCHOOL}", main)


def _print_js(story: Story) -> str:
    return (
        f"<a href=\"javascript:void(0)\" onclick=\"window.open('in-tin/{story.id}.html','intin',"
        f"'width=800,height=600,scrollbars=yes')\"><img src=\"images/icon_print.gif\" /> In bài</a>"
    )


def article(request: Request, story: Story) -> Response:
    cat = CATS[story.cat]
    mota = story.summary if story.sapo_outside else ""
    others = [s for s in in_cat(story.cat) if s is not story][:3]
    other_list = "".join(
        f'<li><a href="{article_path(s)[1:]}">{esc(s.title)}</a> <span class="ngay_tk">({day_of(s)})</span></li>'
        for s in others
    )
    attach = ""
    if "attach" in story.opts:
        href, label = story.opts["attach"]
        attach = (f'<div class="dinhkem"><img src="images/icon_pdf.gif" /> File đính kèm: '
                  f'<a href="{href}" target="_blank">{esc(label)}</a></div>')
    updated = ""
    if "updated" in story.opts:
        updated = (f'<div class="capnhat" style="text-align:right;font-size:11px;color:#888">'
                   f'Cập nhật: {story.opts["updated"]}</div>')
    main = f"""
{crumbs((cat.parent, None), (cat.name, f"danh-muc/{cat.slug}.html"))}
<div class="bai_viet" id="bv{story.id}">
 <h2 class="tde_ct" style="text-transform:uppercase;color:#e4007f;font-size:17px">{esc(story.title)}</h2>
 <div class="tt_ct"><span class="tg_dang"><img src="images/icon_clock.png" /> {story.opts["date"]}</span>
  &nbsp;|&nbsp; <span class="luotxem">Lượt xem: {story.opts["views"]}</span>
  &nbsp;|&nbsp; <span class="nguoidang">Đăng bởi: mnhoamai</span></div>
 <div class="tienich_tren"><a href="javascript:void(0)" onclick="coChu(-1)">A-</a> <a href="javascript:void(0)" onclick="coChu(1)">A+</a> {_print_js(story)}</div>
 <div class="mota_ct"><strong>{esc(mota)}</strong></div>
 <div class="nd_ct" id="noidung">
{render_blocks(story)}
 </div>
 {attach}
 {updated}
 <div class="chiase"><span>Chia sẻ:</span>
  <a href="https://www.facebook.com/sharer/sharer.php?u={esc(base_url(request) + article_path(story))}" target="_blank"><img src="images/share-fb.png" /></a>
  <a href="https://zalo.me/share?u={esc(base_url(request) + article_path(story))}" target="_blank"><img src="images/share-zalo.png" /></a>
  {_print_js(story)}
 </div>
 <div class="tukhoa"><strong>Từ khóa:</strong> {esc(story.opts["tags"])}</div>
 <div class="tinkhac"><div class="tde_tinkhac">Các tin khác</div><ul>{other_list}</ul></div>
</div>"""
    return layout(request, f"{story.title} - {SCHOOL}", main,
                  description=_excerpt(story), og_type="article")


def print_view(request: Request, story: Story) -> Response:
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<base href="{esc(base_url(request))}/" />
<title>{esc(story.title)}</title>
<style>body{{font-family:'Times New Roman';font-size:14px;width:720px;margin:auto}}</style></head>
<body onload="window.print()">
<div class="in_dau"><img src="images/logo-in.png" /> <strong>{SCHOOL.upper()}</strong></div>
<h2>{esc(story.title)}</h2>
<div class="in_ngay">{story.opts["date"]}</div>
<div class="in_nd">{render_blocks(story)}</div>
<div class="in_nguon">Nguồn tin: {SCHOOL} - {esc(base_url(request) + article_path(story))}</div>
</body></html>"""
    return html(page, charset=None)


# --- module pages (not articles) -----------------------------------------------------------

MENUS = {
    49: ("30/11", "04/12/2026", [
        ("Thứ Hai", "Cháo thịt bằm cà rốt, sữa", "Cơm, thịt kho trứng cút, canh bí đỏ", "Bánh flan"),
        ("Thứ Ba", "Bún bò, sữa chua", "Cơm, cá basa sốt cà, canh cải ngọt", "Chè đậu xanh"),
        ("Thứ Tư", "Phở gà", "Cơm, tôm rim thịt, canh rau ngót", "Sữa, bánh bông lan"),
        ("Thứ Năm", "Mì quảng", "Cơm, gà kho gừng, canh bầu", "Trái cây: chuối"),
        ("Thứ Sáu", "Bánh canh cá lóc", "Cơm, thịt bò xào đậu que, canh chua", "Sữa chua uống"),
    ]),
    48: ("23/11", "27/11/2026", [
        ("Thứ Hai", "Hủ tiếu thịt", "Cơm, trứng chiên, canh mồng tơi", "Sữa"),
        ("Thứ Ba", "Cháo cá", "Cơm, thịt heo rim, canh bí xanh", "Đu đủ"),
        ("Thứ Tư", "Bún riêu", "Cơm, gà xào sả, canh rau dền", "Chè bắp"),
        ("Thứ Năm", "Bánh mì, sữa", "Cơm, cá thu kho, canh su su", "Yaourt"),
        ("Thứ Sáu", "Súp cua", "Cơm, đậu hũ nhồi thịt, canh cải", "Dưa hấu"),
    ]),
    47: ("16/11", "20/11/2026", [
        ("Thứ Hai", "Cháo gà", "Cơm, thịt kho tàu, canh khoai mỡ", "Sữa"),
        ("Thứ Ba", "Bún mọc", "Cơm, cá ngừ kho, canh cải xanh", "Chuối"),
        ("Thứ Tư", "Nui xào bò", "Cơm, tôm thịt rim, canh bí đỏ", "Chè khoai"),
        ("Thứ Năm", "Bánh canh", "Cơm, gà rô ti, canh rau ngót", "Sữa chua"),
        ("Thứ Sáu", "Xôi gấc (mừng 20/11)", "Cơm, thịt bò xào, canh chua", "Bánh kem"),
    ]),
}


def thuc_don(request: Request) -> Response | None:
    raw = request.params.get("tuan", "49")
    if not raw.isdigit():
        return None
    week = int(raw)
    if not 1 <= week <= 53:
        return None
    data = MENUS.get(week)
    nav = ""
    if week - 1 in MENUS:
        nav += f'<a href="thuc-don.html?tuan={week - 1}">« Tuần trước</a> '
    if week + 1 in MENUS:
        nav += f'<a href="thuc-don.html?tuan={week + 1}">Tuần sau »</a>'
    if data is None:
        body = "<p>Chưa cập nhật thực đơn cho tuần này.</p>"
        heading = f"THỰC ĐƠN TUẦN {week}"
    else:
        start, end, rows = data
        heading = f"THỰC ĐƠN TUẦN {week} (TỪ {start} ĐẾN {end})"
        trs = "".join(f"<tr><td>{d}</td><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for d, a, b, c in rows)
        body = (
            f'<p class="ngay_tk">Ngày đăng: {start}/2026 06:30</p>'
            '<table class="tbl_td" border="1" cellspacing="0" cellpadding="4" width="100%">'
            "<tr><th>Thứ</th><th>Bữa sáng</th><th>Bữa trưa</th><th>Bữa xế</th></tr>"
            f"{trs}</table><p><em>Thực đơn áp dụng cho trẻ mẫu giáo; nhóm nhà trẻ ăn cháo, súp thay cơm.</em></p>"
        )
    main = (
        crumbs(("Góc phụ huynh", None), ("Thực đơn", "thuc-don.html"))
        + f'<div class="bai_viet mod_td"><h2 class="tde_ct">{heading}</h2>{body}'
        + f'<div class="dieuhuong_tuan">{nav}</div></div>'
    )
    return layout(request, f"Thực đơn tuần {week} - {SCHOOL}", main)


def lich_hoc(request: Request) -> Response:
    rows = [
        ("6h45 - 7h45", "Đón trẻ, chơi tự chọn, thể dục sáng"),
        ("7h45 - 8h15", "Ăn sáng"),
        ("8h15 - 9h15", "Hoạt động học"),
        ("9h15 - 10h00", "Chơi ngoài trời"),
        ("10h00 - 10h40", "Chơi, hoạt động ở các góc"),
        ("10h40 - 14h00", "Ăn trưa, ngủ trưa"),
        ("14h15 - 15h00", "Ăn xế"),
        ("15h00 - 16h00", "Chơi, hoạt động theo ý thích"),
        ("16h00 - 17h00", "Trả trẻ"),
    ]
    trs = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    tabs = "".join(
        f'<li><a href="javascript:void(0)" onclick="moTab({k})">{esc(t)}</a></li>'
        for k, t in enumerate(["Nhà trẻ", "Mẫu giáo bé", "Mẫu giáo nhỡ", "Mẫu giáo lớn"])
    )
    main = (
        crumbs(("Hoạt động", None), ("Lịch học", "lich-hoc.html"))
        + '<div class="bai_viet mod_lh"><h2 class="tde_ct">CHẾ ĐỘ SINH HOẠT MỘT NGÀY CỦA TRẺ</h2>'
        + f'<ul class="tab_lop">{tabs}</ul>'
        + f'<table border="1" cellspacing="0" cellpadding="4" width="100%"><tr><th>Thời gian</th><th>Hoạt động</th></tr>{trs}</table>'
        + "<p><em>Áp dụng từ ngày 07/9/2026.</em></p></div>"
    )
    return layout(request, f"Lịch học - {SCHOOL}", main)


ALBUMS = [
    ("ngay-nha-giao-viet-nam-20-11-2026", "Ngày Nhà giáo Việt Nam 20/11/2026", "20/11/2026",
     [_img("11/album-20-11-1.jpg"), _img("11/album-20-11-2.jpg"), _img("11/album-20-11-3.jpg")],
     ["Cô và trẻ biểu diễn văn nghệ", "Phụ huynh tặng hoa các cô", "Tập thể giáo viên chụp ảnh lưu niệm"]),
    ("dem-hoi-trang-ram-2026", "Đêm hội trăng rằm 2026", "25/09/2026",
     [_img("09/trung-thu-1.jpg"), _img("09/trung-thu-2.jpg")],
     ["Bé rước đèn ông sao", "Mâm ngũ quả do các lớp trưng bày"]),
]


def album_list(request: Request) -> Response:
    items = "".join(
        f'<div class="o_album"><a href="thu-vien-anh/{slug}.html"><img src="{imgs[0]}" width="200" /></a>'
        f'<a href="thu-vien-anh/{slug}.html">{esc(t)}</a> <span>({len(imgs)} ảnh)</span></div>'
        for slug, t, _d, imgs, _c in ALBUMS
    )
    main = crumbs(("Thư viện", None), ("Thư viện ảnh", "thu-vien-anh.html")) + \
        f'<div class="tde_trang"><h2>THƯ VIỆN ẢNH</h2></div><div class="ds_album">{items}</div>'
    return layout(request, f"Thư viện ảnh - {SCHOOL}", main)


def album(request: Request, slug: str) -> Response | None:
    found = next((a for a in ALBUMS if a[0] == slug), None)
    if found is None:
        return None
    _, title, day, imgs, caps = found
    photos = "".join(
        f'<div class="o_anh"><a href="{src}" class="fancybox" rel="album"><img src="{src}" width="240" /></a>'
        f'<p class="cap_anh">{esc(cap)}</p></div>'
        for src, cap in zip(imgs, caps, strict=True)
    )
    main = (
        crumbs(("Thư viện", None), ("Thư viện ảnh", "thu-vien-anh.html"))
        + f'<div class="bai_viet mod_album"><h2 class="tde_ct">{esc(title)}</h2>'
        + f'<div class="tt_ct">Ngày đăng: {day} | Lượt xem: 88</div>'
        + f'<p>Một số hình ảnh về “{esc(title)}” tại {SCHOOL}.</p>'
        + f'<div class="luoi_anh">{photos}</div></div>'
    )
    return layout(request, f"{title} - Thư viện ảnh", main)


VIDEO_SLUG = "tiet-muc-mua-co-giao-em-20-11"


def video_list(request: Request) -> Response:
    main = crumbs(("Thư viện", None), ("Video", "video.html")) + (
        '<div class="tde_trang"><h2>VIDEO</h2></div>'
        f'<div class="o_video"><a href="video/{VIDEO_SLUG}.html"><img src="upload/video/co-giao-em.jpg" width="240" /></a>'
        f'<a href="video/{VIDEO_SLUG}.html">Tiết mục múa “Cô giáo em” - Lớp Lá 1</a></div>'
    )
    return layout(request, f"Video - {SCHOOL}", main)


def video(request: Request) -> Response:
    main = crumbs(("Thư viện", None), ("Video", "video.html")) + (
        '<div class="bai_viet mod_video"><h2 class="tde_ct">Tiết mục múa “Cô giáo em” - Lớp Lá 1</h2>'
        '<div class="tt_ct">Ngày đăng: 21/11/2026 | Lượt xem: 240</div>'
        '<iframe width="560" height="315" src="https://www.youtube.com/embed/kX2vB9mnHoa" frameborder="0" allowfullscreen></iframe>'
        "<p>Tiết mục múa do các bé lớp Lá 1 biểu diễn tại Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026.</p></div>"
    )
    return layout(request, f"Tiết mục múa Cô giáo em - Video - {SCHOOL}", main)


DOCS = {
    "ke-hoach-giao-duc-nam-hoc-2026-2027": (
        "118/KH-MNHM", "15/09/2026", "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
        "Nguyễn Thị Minh Nguyệt", "upload/files/2026/kh-118-giao-duc-2026-2027.pdf"),
    "ke-hoach-tuyen-sinh-2026-2027": (
        "96/KH-MNHM", "05/08/2026", "Kế hoạch tuyển sinh năm học 2026 - 2027",
        "Nguyễn Thị Minh Nguyệt", "upload/files/2026/kh-96-tuyen-sinh.pdf"),
}


def doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{no}</td><td>{day}</td><td><a href="van-ban/{slug}.html">{esc(t)}</a></td>'
        f'<td><a href="{f}"><img src="images/icon_pdf.gif" /></a></td></tr>'
        for slug, (no, day, t, _s, f) in DOCS.items()
    )
    main = crumbs(("Văn bản", "van-ban.html")) + (
        '<div class="tde_trang"><h2>VĂN BẢN</h2></div>'
        '<table class="tbl_vb" border="1" cellspacing="0" cellpadding="4" width="100%">'
        f"<tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>{rows}</table>"
    )
    return layout(request, f"Văn bản - {SCHOOL}", main)


def doc(request: Request, slug: str) -> Response | None:
    if slug not in DOCS:
        return None
    no, day, t, signer, f = DOCS[slug]
    main = crumbs(("Văn bản", "van-ban.html")) + (
        f'<div class="bai_viet mod_vb"><h2 class="tde_ct">{esc(t)}</h2>'
        '<table class="ct_vb" border="1" cellspacing="0" cellpadding="4" width="100%">'
        f"<tr><td>Số/Ký hiệu</td><td>{no}</td></tr><tr><td>Ngày ban hành</td><td>{day}</td></tr>"
        f"<tr><td>Loại văn bản</td><td>Kế hoạch</td></tr><tr><td>Trích yếu</td><td>{esc(t)}</td></tr>"
        f"<tr><td>Người ký</td><td>{esc(signer)}</td></tr>"
        f'<tr><td>Tệp đính kèm</td><td><a href="{f}">Tải về</a></td></tr></table></div>'
    )
    return layout(request, f"{t} - {SCHOOL}", main)


def intro(request: Request) -> Response:
    main = crumbs(("Giới thiệu", "gioi-thieu.html")) + """
<div class="bai_viet mod_gt"><h2 class="tde_ct">GIỚI THIỆU TRƯỜNG MẦM NON HOA MAI</h2>
<p>Trường Mầm non Hoa Mai được thành lập theo Quyết định số 215/QĐ-UB ngày 12/8/1998. Trải qua hơn
25 năm xây dựng và phát triển, nhà trường đã đạt chuẩn Quốc gia mức độ 1 (năm 2019) và Kiểm định chất
lượng giáo dục cấp độ 2.</p>
<p>Năm học 2026 - 2027, trường có 12 nhóm lớp với 386 trẻ; 42 cán bộ, giáo viên, nhân viên, 100%
giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo.</p>
<h3 id="cocau">Cơ cấu tổ chức</h3>
<p>Hiệu trưởng: Nguyễn Thị Minh Nguyệt. Phó Hiệu trưởng: Phạm Thị Hoa, Đinh Thị Lan.</p></div>"""
    return layout(request, f"Giới thiệu - {SCHOOL}", main)


def contact(request: Request) -> Response:
    sent = "<p class=\"tb_gui\">Cảm ơn quý phụ huynh đã gửi liên hệ!</p>" if request.method == "POST" else ""
    main = crumbs(("Liên hệ", "lien-he.html")) + f"""
<div class="bai_viet mod_lh"><h2 class="tde_ct">LIÊN HỆ</h2>{sent}
<p><strong>{SCHOOL.upper()}</strong><br />Địa chỉ: Số 27 đường Y Wang, phường Tân An, tỉnh Đắk Lắk<br />
Điện thoại: 0262.3 855 246<br />Email: mnhoamai.tanan@daklak.edu.vn</p>
<form action="lien-he.html" method="post"><input name="ho_ten" placeholder="Họ tên" />
<input name="email" placeholder="Email" /><textarea name="noi_dung"></textarea><input type="submit" value="Gửi" /></form>
<iframe src="https://www.google.com/maps/embed?pb=mnhoamai" width="100%" height="300"></iframe></div>"""
    return layout(request, f"Liên hệ - {SCHOOL}", main)


def register(request: Request) -> Response:
    if request.method == "POST":
        inner = "<p>Đăng ký thành công! Nhà trường sẽ liên hệ với quý phụ huynh trong thời gian sớm nhất.</p>"
    else:
        inner = (
            "<p>Quý phụ huynh vui lòng điền thông tin để đăng ký nhập học cho bé.</p>"
            '<form action="dang-ky-nhap-hoc.html" method="post">'
            '<input name="ho_ten_be" placeholder="Họ tên bé" /><input name="ngay_sinh" placeholder="Ngày sinh" />'
            '<input name="phu_huynh" placeholder="Họ tên phụ huynh" /><input name="dien_thoai" placeholder="Điện thoại" />'
            '<select name="lop"><option>Nhà trẻ</option><option>Mẫu giáo bé</option><option>Mẫu giáo nhỡ</option>'
            '<option>Mẫu giáo lớn</option></select><input type="submit" value="Đăng ký" /></form>'
        )
    main = crumbs(("Góc phụ huynh", None), ("Đăng ký nhập học", "dang-ky-nhap-hoc.html")) + (
        f'<div class="bai_viet mod_dk"><h2 class="tde_ct">ĐĂNG KÝ NHẬP HỌC</h2>{inner}</div>'
    )
    return layout(request, f"Đăng ký nhập học - {SCHOOL}", main)


def search(request: Request) -> Response:
    q = request.params.get("tu-khoa", "").strip()
    if not q:
        inner = "<p>Vui lòng nhập từ khóa cần tìm.</p>"
    else:
        hits = [s for s in STORIES if q.lower() in s.title.lower()]
        inner = f"<p>Tìm thấy {len(hits)} kết quả cho từ khóa “{esc(q)}”.</p><ul>" + "".join(
            f'<li><a href="{article_path(s)[1:]}">{esc(s.title)}</a></li>' for s in hits) + "</ul>"
    main = crumbs(("Tìm kiếm", None)) + f'<div class="tde_trang"><h2>KẾT QUẢ TÌM KIẾM</h2></div>{inner}'
    return layout(request, f"Tìm kiếm - {SCHOOL}", main)


# --- routing -------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/tin-tuc/([a-z0-9-]+)\.html$")
_PRINT = re.compile(r"^/in-tin/(\d+)\.html$")
_CAT = re.compile(r"^/danh-muc/([a-z0-9-]+)\.html$")
_ALBUM = re.compile(r"^/thu-vien-anh/([a-z0-9-]+)\.html$")
_DOC = re.compile(r"^/van-ban/([a-z0-9-]+)\.html$")
_PDFS = {a[0] for a in (s.opts.get("attach") for s in STORIES) if a} | {d[4] for d in DOCS.values()}


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/upload/", "/images/", "/templates/")):
            if path[1:] in _PDFS:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path in ("/", "/index.php"):
            return home(request)
        if m := _ARTICLE.match(path):
            story = BY_SLUG.get(m.group(1))
            return article(request, story) if story else None
        if m := _PRINT.match(path):
            story = BY_ID.get(int(m.group(1)))
            return print_view(request, story) if story else None
        if m := _CAT.match(path):
            cat = CATS.get(m.group(1))
            return listing(request, cat) if cat else None
        if m := _ALBUM.match(path):
            return album(request, m.group(1))
        if m := _DOC.match(path):
            return doc(request, m.group(1))
        if path == f"/video/{VIDEO_SLUG}.html":
            return video(request)
        simple = {
            "/thuc-don.html": thuc_don,
            "/lich-hoc.html": lich_hoc,
            "/thu-vien-anh.html": album_list,
            "/video.html": video_list,
            "/van-ban.html": doc_list,
            "/gioi-thieu.html": intro,
            "/lien-he.html": contact,
            "/dang-ky-nhap-hoc.html": register,
            "/tim-kiem.html": search,
        }
        handler = simple.get(path)
        return handler(request) if handler else None


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    alts = []
    if story.id in (146, 145, 142):
        alts.append(f"{article_path(story)}?PHPSESSID={SID}")
    page = listing_page_of(story)
    if page > 1:
        alts.append(f"{article_path(story)}?trang={page}")
    alts.append(f"/in-tin/{story.id}.html")
    return alts


GOLD = [
    gold_record(s, article_path(s), CATS[s.cat].name, canonical_path=article_path(s),
                alt_paths=_alts(s), image_page="/")
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu.html",
    "/lien-he.html",
    "/thuc-don.html",
    "/lich-hoc.html",
    "/thu-vien-anh/ngay-nha-giao-viet-nam-20-11-2026.html",
    f"/video/{VIDEO_SLUG}.html",
    "/van-ban/ke-hoach-giao-duc-nam-hoc-2026-2027.html",
    "/dang-ky-nhap-hoc.html",
]
