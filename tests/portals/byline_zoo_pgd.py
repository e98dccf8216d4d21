"""Phòng GD&ĐT thị xã Ba Đồn (Quảng Bình) on NukeViet 4.4 (module "news"), with a theme a
teacher customised from the default one: the whole zoo of Vietnamese bylines.

Platform
--------
NukeViet 4.4 (PHP, rewrite on). The news module answers under ``/news/``; the teacher renamed
the detail wrapper to ``div.news_detail``, kept NukeViet's ``div.bodytext`` (``#news-bodyhtml``)
for the CKEditor HTML, and added a ``div.author-info`` box under the text for the posts whose
credit the editor typed into the "Tác giả" field instead of the text. The detail page::

    header (logo banner, "Thứ Sáu, 04/12/2026", search box), top menu, breadcrumbs
      (home icon › Tin Tức › <category>)
    <div class="news_detail">
      <h1 class="title">…</h1>
      <div class="meta"> <span class="h5 date">Thứ tư - 18/11/2026 08:30</span>
        <span class="poster">Người đăng: admin</span> (a CMS login)
        <span class="hitstotal">Lượt xem: 512</span> email / print icons (javascript only) </div>
      [<figure class="article left"> the home image with its <figcaption> (some posts) </figure>]
      [<div class="hometext"><strong>…</strong></div> the sapo (some posts)]
      <div id="news-bodyhtml" class="bodytext"> CKEditor 4 HTML; bylines at the end </div>
      [<div class="author-info"> credit lines </div>]
      keywords ("Từ khóa:" tag links), rating stars, "Các tin khác" (4 newest of the category),
      Facebook comment box
    </div>
    right column: "Tin xem nhiều", "Thống kê truy cập" (Đang online / Hôm nay / Tổng truy cập),
    a poll form, "Liên kết website" select; footer with address and phone.

Dates print NukeViet's ``l - d/m/Y H:i`` in Vietnamese: "Thứ tư - 18/11/2026 08:30" (day first).

URL scheme
----------
- ``/`` home: "Tin mới nhất" (6 newest, thumbnails) and one block per category (3 newest).
- ``/news/`` all news, 6 per page; ``/news/page-2/``, ``/news/page-3/``.
- ``/news/<cat>/`` category list, 6 per page; ``/news/<cat>/page-<n>/``.
- ``/news/<cat>/<alias>-<id>.html`` an article.
- ``/news/tag/<alias>`` keyword pages (listings).
- ``/about/gioi-thieu.html``, ``/about/co-cau-to-chuc.html`` (module "about": static pages),
  ``/contact/`` (contact form).
- Uploads ``/uploads/news/2026_11/<file>.jpg``; listing thumbnails ``/assets/news/2026_11/…``;
  theme files ``/themes/badon/…``.

How each gold article is reached
--------------------------------
- The 6 newest: home "Tin mới nhất"; all: ``/news/`` pages 1-3 and their category lists.
- "Hoạt động các trường" holds 7 posts: the oldest (CLB Robotics, 22/10/2026) is listed only on
  ``/news/hoat-dong-cac-truong/page-2/`` and ``/news/page-3/`` (it has no keywords, is not among
  the most read and the "Các tin khác" box shows only the 4 newest of a category).

Traps (the byline zoo; gold per the house conventions)
-----------------------------------------------------
- "Nhóm PV Trường THCS Quảng Thọ": a unit signs, author as printed.
- "CTV Nguyễn Văn An": author "Nguyễn Văn An" (CTV = cộng tác viên, not part of the name).
- "Tin: Nguyễn Thị Lệ – Ảnh: Hoàng Văn Bình, Trần Minh" on one line: one author, two photographers.
- "Nguyễn Thị Thu Hà (Tổ Văn – Sử, Trường THCS Quảng Long)": author, the unit is not part.
- "Bài và ảnh: Lê Văn Tâm, Phan Thị Hoa": both authors and both photographers.
- "Thực hiện: Đoàn trường THPT Lương Thế Vinh": the unit is the author.
- "ThS. Đinh Văn Quý – Phó Trưởng phòng" then "Ảnh: Internet": author "Đinh Văn Quý", no
  photographer.
- "Người viết: Trương Thị Mỹ Lệ<br>Giáo viên Trường TH số 1 Quảng Thuận": author; the post line
  is not body.
- a bare bold right-aligned "Phạm Quang Huy": author.
- "Tin và ảnh: Liên đội Trường TH Quảng Hòa": the unit is author and photographer.
- "Tin: Minh Châu" then "Nguồn: Báo Quảng Bình": author and source.
- The Minister's letter: the text ends on a quotation with its attribution line "— Hồ Chí Minh"
  (body, not an author); the credit is in ``div.author-info``: "Hoàng Yến (tổng hợp)" (author
  "Hoàng Yến") and "Theo moet.gov.vn" (source "moet.gov.vn").
- The Robotics post: "Bài: Lê Hồng Sơn" at the TOP of the text, nothing at the end; its last
  paragraph "Xin cảm ơn thầy Nguyễn Văn Hải đã hỗ trợ." is a sentence of the text.
- "Người đăng: admin" / "pgd.badon" in the meta row: CMS logins, credit nobody.
- Listing thumbnails, the banner, icons are not article images; the home image shown on the
  detail page (``figure.article``) is, with its figcaption.
- Header date (today) is never a publication date; "Các tin khác" and "Tin xem nhiều" print
  dates of other posts.

Gold decisions
--------------
- title: ``h1.title``; published_at: the meta's date and time ("…T08:30:00+07:00").
- summary: the bold ``div.hometext`` when printed (it is also the body's first paragraph).
- body: the ``bodytext`` paragraphs; headings, list items, table rows (cells " | "); a ``<br>``
  splits a paragraph; captions (figcaption, the centred line under a photo) and credit lines
  are not body.
- category: the last crumb (= the category of the URL).
"""

from __future__ import annotations

import datetime as _dt
import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
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

NAME = "byline_zoo_pgd"
PLATFORM = "NukeViet 4.4 (news module), teacher-customised theme, rewrite URLs"
START_PATH = "/"

TODAY = "Thứ Sáu, 04/12/2026"
SITE_TITLE = "Phòng GD&ĐT thị xã Ba Đồn"
PER_PAGE = 6

CATEGORIES = {
    "tin-tuc": "Tin tức",
    "hoat-dong-cac-truong": "Hoạt động các trường",
    "chuyen-mon": "Chuyên môn",
    "thong-bao": "Thông báo",
}
TAGS = {
    "chuyen-doi-so": "chuyển đổi số",
    "ngay-nha-giao": "Ngày Nhà giáo",
    "doi-tntp": "Đội TNTP",
    "boi-duong-giao-vien": "bồi dưỡng giáo viên",
    "an-toan-truong-hoc": "an toàn trường học",
    "pho-cap-giao-duc": "phổ cập giáo dục",
}
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def up(name: str, month: str = "2026_11") -> str:
    return f"/uploads/news/{month}/{name}"


def right(inner: str) -> Raw:
    """A right-aligned credit paragraph as CKEditor writes it."""
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the articles, newest first ----------------------------------------------------------
#
# opts: time (printed "d/m/Y H:i"), poster (CMS login), tags, homeimg (listing thumbnail),
# homefig (home image shown on the detail with its figcaption), author_info (raw credit lines
# of div.author-info), hits. P styles: "h3", "li", "td"/"th" (cells " | "), "quote", "qattr",
# "br" (joined to the previous paragraph with <br>). Img styles: "figure" (CKEditor image2
# figcaption), "em" (centred italic line under), "plain" (centred plain line under), "none".

STORIES: list[Story] = [
    Story(
        1288,
        "thi-xa-ba-don-so-ket-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
        "Thị xã Ba Đồn sơ kết công tác phổ cập giáo dục, xóa mù chữ năm 2026",
        "tin-tuc",
        "2026-12-02T15:45:00+07:00",
        [
            P(
                "Sáng 02/12, Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ thị xã Ba Đồn tổ chức hội nghị "
                "sơ kết công tác năm 2026 và triển khai nhiệm vụ năm 2027. Đồng chí Trần Thị Thanh Hương, "
                "Phó Chủ tịch UBND thị xã, Trưởng Ban Chỉ đạo chủ trì hội nghị."
            ),
            Img(up("pcgd-hoi-nghi-1.jpg", "2026_12"), "Quang cảnh hội nghị sơ kết",
                "Quang cảnh hội nghị sơ kết", "figure"),
            P(
                "Năm 2026, thị xã tiếp tục duy trì và nâng cao chất lượng phổ cập giáo dục mầm non cho "
                "trẻ em 5 tuổi, phổ cập giáo dục tiểu học mức độ 3, phổ cập giáo dục trung học cơ sở mức "
                "độ 3 và xóa mù chữ mức độ 2. Tỷ lệ trẻ 6 tuổi vào lớp 1 đạt 100%; tỷ lệ thanh thiếu niên "
                "15 – 18 tuổi tốt nghiệp THCS đạt 97,8%."
            ),
            P("Kết quả một số chỉ tiêu chính năm 2026:"),
            P("Chỉ tiêu | Năm 2025 | Năm 2026", "th"),
            P("Trẻ 5 tuổi ra lớp | 99,6% | 100%", "td"),
            P("Trẻ 11 tuổi hoàn thành chương trình tiểu học | 98,9% | 99,3%", "td"),
            P("Người 15 – 60 tuổi biết chữ | 99,1% | 99,4%", "td"),
            P(
                "Phát biểu kết luận, đồng chí Trưởng Ban Chỉ đạo đề nghị các xã, phường rà soát kỹ số "
                "liệu điều tra, cập nhật phần mềm phổ cập đúng thời hạn và quan tâm hơn nữa đến học sinh "
                "có nguy cơ bỏ học ở các xã vùng bãi ngang."
            ),
            Img(up("pcgd-hoi-nghi-2.jpg", "2026_12"),
                "Lãnh đạo thị xã trao giấy khen cho các tập thể có thành tích xuất sắc",
                "Lãnh đạo thị xã trao giấy khen cho các tập thể có thành tích xuất sắc", "figure"),
            P(
                "Dịp này, UBND thị xã đã tặng giấy khen cho 6 tập thể và 9 cá nhân có thành tích xuất sắc "
                "trong công tác phổ cập giáo dục, xóa mù chữ năm 2026."
            ),
            right("<strong>Tin: Nguyễn Thị Lệ – Ảnh: Hoàng Văn Bình, Trần Minh</strong>"),
        ],
        authors=["Nguyễn Thị Lệ"],
        photographers=["Hoàng Văn Bình", "Trần Minh"],
        summary=(
            "Năm 2026, thị xã Ba Đồn tiếp tục giữ vững chuẩn phổ cập giáo dục tiểu học và THCS mức độ 3, "
            "xóa mù chữ mức độ 2; 100% trẻ 6 tuổi vào lớp 1."
        ),
        sapo_outside=True,
        opts={"poster": "pgd.badon", "tags": ["pho-cap-giao-duc"], "homeimg": "pcgd-thumb.jpg",
              "hits": 842},
    ),
    Story(
        1285,
        "truong-thcs-quang-tho-huong-ung-thang-hanh-dong-vi-binh-dang-gioi",
        "Trường THCS Quảng Thọ hưởng ứng Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới",
        "hoat-dong-cac-truong",
        "2026-11-30T09:10:00+07:00",
        [
            P(
                "Sáng thứ Hai ngày 30/11/2026, trong giờ chào cờ đầu tuần, Trường THCS Quảng Thọ tổ chức "
                "lễ ra quân hưởng ứng Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở "
                "giới năm 2026 với chủ đề “Chung tay vì bình đẳng giới – Xóa bỏ bạo lực trên cơ sở giới”."
            ),
            P(
                "Tham dự buổi lễ có đại diện Hội Liên hiệp Phụ nữ phường Quảng Thọ, Ban đại diện cha mẹ học "
                "sinh cùng toàn thể cán bộ, giáo viên và hơn 620 em học sinh của nhà trường."
            ),
            Img(up("quang-tho-binh-dang-gioi.jpg"),
                "Học sinh Trường THCS Quảng Thọ diễn tiểu phẩm về bình đẳng giới",
                "Học sinh Trường THCS Quảng Thọ diễn tiểu phẩm về bình đẳng giới", "em"),
            P(
                "Các em học sinh lớp 8A đã mang đến tiểu phẩm “Con trai hay con gái cũng là con” với nhiều "
                "tình huống gần gũi trong gia đình, giúp các bạn nhận ra những định kiến giới vẫn còn tồn tại "
                "trong cuộc sống hằng ngày."
            ),
            P(
                "Trong tháng, Liên đội sẽ tổ chức cuộc thi vẽ tranh, viết cảm nghĩ và diễn đàn “Tiếng nói "
                "của chúng em” để học sinh chia sẻ, đề xuất các giải pháp phòng, chống bạo lực học đường."
            ),
            right("<strong><em>Nhóm PV Trường THCS Quảng Thọ</em></strong>"),
        ],
        authors=["Nhóm PV Trường THCS Quảng Thọ"],
        opts={"poster": "admin", "tags": ["an-toan-truong-hoc", "doi-tntp"],
              "homeimg": "quang-tho-thumb.jpg", "hits": 611},
    ),
    Story(
        1283,
        "ke-hoach-kiem-tra-cong-tac-chuyen-doi-so-trong-cac-co-so-giao-duc-nam-hoc-2026-2027",
        "Kế hoạch kiểm tra công tác chuyển đổi số trong các cơ sở giáo dục năm học 2026 – 2027",
        "thong-bao",
        "2026-11-27T16:20:00+07:00",
        [
            P(
                "Phòng GD&ĐT thị xã Ba Đồn ban hành kế hoạch kiểm tra công tác chuyển đổi số, ứng dụng công "
                "nghệ thông tin trong các cơ sở giáo dục mầm non, tiểu học và THCS trên địa bàn."
            ),
            Img(up("chuyen-doi-so-minh-hoa.jpg")),
            P("1. Nội dung kiểm tra", "h3"),
            P("Việc cập nhật dữ liệu ngành trên cơ sở dữ liệu giáo dục và đào tạo;", "li"),
            P("Việc triển khai học bạ số, sổ điểm điện tử và thanh toán không dùng tiền mặt;", "li"),
            P("Hạ tầng, thiết bị và an toàn thông tin tại đơn vị.", "li"),
            P("2. Thời gian và hình thức", "h3"),
            P(
                "Kiểm tra trực tiếp tại 12 đơn vị từ ngày 07/12 đến ngày 18/12/2026; các đơn vị còn lại tự "
                "kiểm tra và gửi báo cáo về Phòng (qua bộ phận Văn phòng) trước ngày 25/12/2026."
            ),
            P(
                "Đề nghị Hiệu trưởng các trường chuẩn bị đầy đủ hồ sơ, minh chứng và bố trí cán bộ phụ trách "
                "công nghệ thông tin làm việc với đoàn kiểm tra."
            ),
            right("<strong>ThS. Đinh Văn Quý – Phó Trưởng phòng</strong>"),
            right("<em>Ảnh: Internet</em>"),
        ],
        authors=["Đinh Văn Quý"],
        summary=(
            "Đoàn kiểm tra sẽ làm việc trực tiếp tại 12 trường từ ngày 07/12 đến ngày 18/12/2026."
        ),
        sapo_outside=True,
        opts={"poster": "admin", "tags": ["chuyen-doi-so"], "homeimg": "cds-thumb.jpg", "hits": 530},
    ),
    Story(
        1280,
        "truong-th-quang-hoa-to-chuc-ngay-hoi-doi-ban-cung-tien",
        "Trường TH Quảng Hòa tổ chức ngày hội “Đôi bạn cùng tiến”",
        "hoat-dong-cac-truong",
        "2026-11-25T10:05:00+07:00",
        [
            P(
                "Nhằm phát huy tinh thần tương thân, tương ái trong học tập, ngày 24/11/2026 Liên đội Trường "
                "TH Quảng Hòa tổ chức ngày hội “Đôi bạn cùng tiến” cho học sinh khối 3, 4 và 5."
            ),
            Img(up("quang-hoa-doi-ban-1.jpg"), "Các đôi bạn tham gia phần thi giải toán nhanh",
                "Các đôi bạn tham gia phần thi giải toán nhanh", "plain"),
            P(
                "Ngày hội gồm các phần thi giải toán nhanh, đọc diễn cảm, đố vui Tiếng Việt và trò chơi dân "
                "gian. Mỗi đôi bạn gồm một em học tốt và một em cần hỗ trợ, cùng nhau vượt qua thử thách."
            ),
            Img(up("quang-hoa-doi-ban-2.jpg"), "Trao thưởng cho các đôi bạn xuất sắc",
                "Trao thưởng cho các đôi bạn xuất sắc", "plain"),
            P(
                "Kết thúc ngày hội, Ban tổ chức trao 3 giải Nhất, 5 giải Nhì và 8 giải Ba. Phong trào sẽ được "
                "duy trì đến cuối năm học với sổ theo dõi tiến bộ của từng đôi bạn."
            ),
            right("<strong>Tin và ảnh: Liên đội Trường TH Quảng Hòa</strong>"),
        ],
        authors=["Liên đội Trường TH Quảng Hòa"],
        photographers=["Liên đội Trường TH Quảng Hòa"],
        opts={"poster": "th.quanghoa", "tags": ["doi-tntp"], "homeimg": "quang-hoa-thumb.jpg",
              "hits": 377},
    ),
    Story(
        1276,
        "ba-don-hoc-sinh-vung-lu-tro-lai-truong-sau-dot-mua-lon",
        "Ba Đồn: Học sinh vùng lũ trở lại trường sau đợt mưa lớn",
        "tin-tuc",
        "2026-11-23T14:30:00+07:00",
        [
            P(
                "Sau gần một tuần nghỉ học do mưa lũ, sáng 23/11, hơn 14.000 học sinh mầm non, tiểu học và "
                "THCS trên địa bàn thị xã Ba Đồn đã trở lại trường học tập bình thường."
            ),
            P(
                "Ngay khi nước rút, các nhà trường đã huy động giáo viên, phụ huynh và lực lượng đoàn viên "
                "thanh niên dọn vệ sinh, khử khuẩn phòng học, phơi sấy sách vở và thiết bị dạy học. Nhiều "
                "điểm trường ở các xã Quảng Lộc, Quảng Văn, Quảng Hải bị ngập sâu hơn 1 mét."
            ),
            Img(up("hoc-sinh-tro-lai-truong.jpg"),
                "Giáo viên Trường TH Quảng Văn dọn dẹp lớp học sau lũ",
                "Giáo viên Trường TH Quảng Văn dọn dẹp lớp học sau lũ", "figure"),
            P(
                "Phòng GD&ĐT thị xã đã tiếp nhận 1.200 bộ sách giáo khoa và 3.500 cuốn vở do các nhà hảo tâm "
                "ủng hộ để cấp kịp thời cho học sinh bị mất, hư hỏng đồ dùng học tập."
            ),
            P(
                "Ông Nguyễn Văn Thành, Trưởng phòng GD&ĐT thị xã cho biết: “Các trường sẽ điều chỉnh kế hoạch "
                "dạy học để bù lại thời gian học sinh phải nghỉ, bảo đảm hoàn thành chương trình học kỳ I "
                "đúng quy định”."
            ),
            right("<strong>Tin: Minh Châu</strong>"),
            right("<em>Nguồn: Báo Quảng Bình</em>"),
        ],
        authors=["Minh Châu"],
        source="Báo Quảng Bình",
        summary="Hơn 14.000 học sinh thị xã Ba Đồn đã trở lại trường sau gần một tuần nghỉ học vì mưa lũ.",
        sapo_outside=True,
        opts={"poster": "pgd.badon", "tags": ["an-toan-truong-hoc"], "homeimg": "mua-lu-thumb.jpg",
              "hits": 1290},
    ),
    Story(
        1272,
        "mot-so-kinh-nghiem-ren-ky-nang-doc-cho-hoc-sinh-lop-1",
        "Một số kinh nghiệm rèn kỹ năng đọc cho học sinh lớp 1",
        "chuyen-mon",
        "2026-11-20T08:00:00+07:00",
        [
            P(
                "Đọc là kỹ năng nền tảng giúp học sinh lớp 1 học tốt các môn học khác. Qua nhiều năm dạy "
                "lớp 1, tôi xin chia sẻ một số kinh nghiệm nhỏ trong việc rèn kỹ năng đọc cho các em."
            ),
            P("Thứ nhất, tạo hứng thú cho học sinh", "h3"),
            P(
                "Mỗi tiết học, tôi dành 5 phút đầu để kể một câu chuyện ngắn hoặc đọc một bài thơ có âm, "
                "vần sẽ học."
            ),
            P("Các em được chọn truyện mình thích để mang về đọc cùng bố mẹ.", "br"),
            P("Thứ hai, luyện đọc theo nhóm và cặp đôi", "h3"),
            P("Học sinh đọc tốt kèm bạn đọc chậm trong 10 phút mỗi buổi;", "li"),
            P("Giáo viên theo dõi, sửa lỗi phát âm l/n, tr/ch cho từng em;", "li"),
            P("Cuối tuần tổ chức “Bé đọc hay” để các em thi đua.", "li"),
            P(
                "Sau một học kỳ áp dụng, 100% học sinh lớp 1B đọc đúng, 85% đọc trôi chảy, rõ ràng. Rất mong "
                "nhận được sự góp ý của các đồng nghiệp."
            ),
            right(
                "<strong>Người viết: Trương Thị Mỹ Lệ</strong><br>"
                "<em>Giáo viên Trường TH số 1 Quảng Thuận</em>"
            ),
        ],
        authors=["Trương Thị Mỹ Lệ"],
        opts={"poster": "admin", "tags": ["boi-duong-giao-vien"], "homeimg": "ky-nang-doc-thumb.jpg",
              "hits": 1105},
    ),
    Story(
        1268,
        "chuyen-de-day-hoc-doc-hieu-van-ban-nghi-luan-ngu-van-9",
        "Chuyên đề “Dạy học đọc hiểu văn bản nghị luận” môn Ngữ văn 9 tại Trường THCS Quảng Long",
        "chuyen-mon",
        "2026-11-18T08:30:00+07:00",
        [
            P(
                "Thực hiện kế hoạch chuyên môn năm học 2026 – 2027, ngày 17/11/2026, Phòng GD&ĐT thị xã Ba "
                "Đồn phối hợp với Trường THCS Quảng Long tổ chức chuyên đề “Dạy học đọc hiểu văn bản nghị "
                "luận theo Chương trình GDPT 2018” môn Ngữ văn lớp 9."
            ),
            P(
                "Tham dự chuyên đề có 42 giáo viên dạy Ngữ văn lớp 9 của các trường THCS trên địa bàn thị xã."
            ),
            Img(up("chuyen-de-ngu-van-9.jpg"), "Tiết dạy minh họa tại lớp 9A Trường THCS Quảng Long",
                "Tiết dạy minh họa tại lớp 9A Trường THCS Quảng Long", "em"),
            P(
                "Tiết dạy minh họa bài “Bàn về đọc sách” được thiết kế theo hướng học sinh tự tìm hiểu luận "
                "đề, luận điểm, lí lẽ và bằng chứng thông qua phiếu học tập và sơ đồ tư duy."
            ),
            P(
                "Trong phần thảo luận, các thầy cô đã trao đổi về cách đặt câu hỏi đọc hiểu theo các mức độ "
                "nhận biết, thông hiểu, vận dụng và cách đánh giá thường xuyên bằng bảng kiểm."
            ),
            right("<em>Nguyễn Thị Thu Hà (Tổ Văn – Sử, Trường THCS Quảng Long)</em>"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"poster": "pgd.badon", "tags": ["boi-duong-giao-vien"], "homeimg": "ngu-van-9-thumb.jpg",
              "hits": 1033},
    ),
    Story(
        1265,
        "truong-th-quang-phong-hoi-dien-van-nghe-chao-mung-ngay-nha-giao-viet-nam",
        "Trường TH Quảng Phong hội diễn văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11",
        "hoat-dong-cac-truong",
        "2026-11-16T15:00:00+07:00",
        [
            P(
                "Chiều 14/11/2026, Trường TH Quảng Phong tổ chức hội diễn văn nghệ chào mừng kỷ niệm 44 năm "
                "Ngày Nhà giáo Việt Nam với sự tham gia của 18 tiết mục đến từ các lớp."
            ),
            P(
                "Những bài hát, điệu múa về thầy cô, mái trường được các em thể hiện hồn nhiên, sôi nổi. Tiết "
                "mục múa “Bụi phấn” của lớp 5A và tốp ca “Khúc hát người giáo viên nhân dân” của lớp 4B để "
                "lại nhiều cảm xúc cho khán giả."
            ),
            Img(up("quang-phong-van-nghe.jpg")),
            P(
                "Kết quả, Ban giám khảo trao 2 giải Nhất cho lớp 5A, 4B; 3 giải Nhì và 4 giải Ba cho các tiết "
                "mục còn lại."
            ),
            right("<strong>CTV Nguyễn Văn An</strong>"),
        ],
        authors=["Nguyễn Văn An"],
        opts={"poster": "admin", "tags": ["ngay-nha-giao"], "homeimg": "quang-phong-thumb.jpg",
              "hits": 402},
    ),
    Story(
        1261,
        "thpt-luong-the-vinh-dien-dan-hoc-sinh-noi-khong-voi-bao-luc-hoc-duong",
        "THPT Lương Thế Vinh: Diễn đàn “Học sinh nói không với bạo lực học đường”",
        "hoat-dong-cac-truong",
        "2026-11-13T09:40:00+07:00",
        [
            P(
                "Diễn đàn thu hút hơn 900 đoàn viên, học sinh tham gia với nhiều ý kiến thẳng thắn về cách "
                "ứng xử trước bạo lực học đường và bắt nạt trên mạng xã hội."
            ),
            P(
                "Sáng 12/11/2026, Đoàn trường THPT Lương Thế Vinh phối hợp với Công an phường Ba Đồn tổ chức "
                "diễn đàn “Học sinh nói không với bạo lực học đường” tại hội trường nhà trường."
            ),
            P(
                "Đại úy Hoàng Minh Tuấn, Công an phường Ba Đồn đã thông tin về các quy định pháp luật liên "
                "quan đến hành vi gây rối, cố ý gây thương tích và quay, phát tán clip bạo lực lên mạng."
            ),
            Img(up("luong-the-vinh-dien-dan.jpg"), "Đoàn viên đặt câu hỏi tại diễn đàn",
                "Đoàn viên đặt câu hỏi tại diễn đàn", "figure"),
            P(
                "Nhiều học sinh đã mạnh dạn chia sẻ: “Khi thấy bạn bị bắt nạt, chúng em sẽ không im lặng mà "
                "báo ngay cho giáo viên chủ nhiệm hoặc gọi đường dây nóng của nhà trường”."
            ),
            P(
                "Kết thúc diễn đàn, 100% chi đoàn ký cam kết xây dựng môi trường học đường an toàn, thân "
                "thiện, không bạo lực."
            ),
            right("<strong>Thực hiện: Đoàn trường THPT Lương Thế Vinh</strong>"),
        ],
        authors=["Đoàn trường THPT Lương Thế Vinh"],
        summary=(
            "Diễn đàn thu hút hơn 900 đoàn viên, học sinh tham gia với nhiều ý kiến thẳng thắn về cách "
            "ứng xử trước bạo lực học đường và bắt nạt trên mạng xã hội."
        ),
        opts={"poster": "admin", "tags": ["an-toan-truong-hoc"], "homeimg": "ltv-thumb.jpg",
              "hits": 688, "lead_bold": True},
    ),
    Story(
        1257,
        "thu-bo-truong-bo-giao-duc-va-dao-tao-gui-cac-thay-co-giao-nhan-ngay-20-11",
        "Thư của Bộ trưởng Bộ Giáo dục và Đào tạo gửi các thầy giáo, cô giáo nhân Ngày Nhà giáo Việt Nam",
        "thong-bao",
        "2026-11-11T07:15:00+07:00",
        [
            P(
                "Nhân dịp kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026), Bộ trưởng Bộ Giáo "
                "dục và Đào tạo đã gửi thư chúc mừng tới các thầy giáo, cô giáo, cán bộ quản lý giáo dục và "
                "người lao động trong toàn ngành."
            ),
            P(
                "Trong thư, Bộ trưởng ghi nhận những đóng góp to lớn của đội ngũ nhà giáo trong việc thực "
                "hiện Chương trình giáo dục phổ thông 2018, đặc biệt là các thầy cô đang công tác ở vùng "
                "sâu, vùng xa, vùng chịu ảnh hưởng nặng nề của thiên tai."
            ),
            P(
                "Bộ trưởng mong muốn mỗi thầy cô tiếp tục giữ vững lòng yêu nghề, không ngừng học tập, đổi "
                "mới phương pháp, là tấm gương sáng về đạo đức, tự học và sáng tạo cho học sinh noi theo."
            ),
            P(
                "Bức thư khép lại bằng lời dạy của Chủ tịch Hồ Chí Minh mà ngành Giáo dục luôn ghi nhớ:"
            ),
            P("“Dù khó khăn đến đâu cũng phải thi đua dạy tốt và học tốt.”", "quote"),
            P("— Hồ Chí Minh", "qattr"),
        ],
        authors=["Hoàng Yến"],
        source="moet.gov.vn",
        summary=(
            "Bộ trưởng Bộ GD&ĐT gửi thư chúc mừng các thầy giáo, cô giáo, cán bộ quản lý giáo dục nhân "
            "kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."
        ),
        sapo_outside=True,
        opts={"poster": "admin", "tags": ["ngay-nha-giao"], "homeimg": "thu-bo-truong-thumb.jpg",
              "hits": 754,
              "author_info": '<p class="text-right"><strong>Hoàng Yến (tổng hợp)</strong></p>'
                             '<p class="text-right"><em>Theo moet.gov.vn</em></p>'},
    ),
    Story(
        1252,
        "truong-thcs-quang-minh-ngoai-khoa-tim-hieu-lich-su-dia-phuong",
        "Trường THCS Quảng Minh ngoại khóa tìm hiểu lịch sử địa phương",
        "hoat-dong-cac-truong",
        "2026-11-06T16:00:00+07:00",
        [
            P(
                "Ngày 05/11/2026, Trường THCS Quảng Minh tổ chức cho 160 học sinh khối 8 tham quan, học tập "
                "ngoại khóa tại Khu di tích lịch sử Lũy Thầy và Đình làng Minh Lệ."
            ),
            P(
                "Tại các điểm di tích, học sinh được nghe thuyết minh về lịch sử hình thành Lũy Thầy dưới thời "
                "chúa Nguyễn và truyền thống cách mạng của quê hương Quảng Minh."
            ),
            Img(up("quang-minh-luy-thay.jpg"), "Học sinh khối 8 nghe thuyết minh tại Lũy Thầy",
                "Học sinh khối 8 nghe thuyết minh tại Lũy Thầy", "em"),
            P(
                "Sau chuyến đi, mỗi nhóm học sinh hoàn thành một sản phẩm học tập: bản đồ tư duy, bài thuyết "
                "trình hoặc video giới thiệu di tích để báo cáo trong tiết Lịch sử và Địa lí địa phương."
            ),
            right("<strong>Phạm Quang Huy</strong>"),
        ],
        authors=["Phạm Quang Huy"],
        opts={"poster": "admin", "tags": [], "homeimg": "quang-minh-thumb.jpg", "hits": 296,
              "homefig": ("quang-minh-cong-truong.jpg", "Cổng Trường THCS Quảng Minh")},
    ),
    Story(
        1248,
        "truong-th-quang-loc-hoi-thi-ve-tranh-em-yeu-bien-dao-que-huong",
        "Trường TH Quảng Lộc tổ chức Hội thi vẽ tranh “Em yêu biển đảo quê hương”",
        "hoat-dong-cac-truong",
        "2026-10-30T14:10:00+07:00",
        [
            P(
                "Hội thi nằm trong chuỗi hoạt động giáo dục chủ quyền biển, đảo cho học sinh tiểu học năm "
                "học 2026 – 2027 của nhà trường."
            ),
            Img(up("quang-loc-ve-tranh-1.jpg", "2026_10"), "Các em say sưa thể hiện ý tưởng",
                "Các em say sưa thể hiện ý tưởng", "figure"),
            P(
                "Hơn 120 học sinh khối 4, 5 đã thể hiện tình yêu biển đảo qua những bức tranh về người lính "
                "hải quân, đoàn thuyền đánh cá và cột mốc chủ quyền trên quần đảo Trường Sa."
            ),
            Img(up("quang-loc-ve-tranh-2.jpg", "2026_10"), "Tranh đoạt giải Nhất của em Lê Khánh Linh, lớp 5B",
                "Tranh đoạt giải Nhất của em Lê Khánh Linh, lớp 5B", "figure"),
            P(
                "Ban giám khảo đã chọn 15 bức tranh xuất sắc để trao giải và trưng bày tại thư viện nhà "
                "trường trong tháng 11."
            ),
            right("<strong>Bài và ảnh: Lê Văn Tâm, Phan Thị Hoa</strong>"),
        ],
        authors=["Lê Văn Tâm", "Phan Thị Hoa"],
        photographers=["Lê Văn Tâm", "Phan Thị Hoa"],
        opts={"poster": "th.quangloc", "tags": ["doi-tntp"], "homeimg": "quang-loc-thumb.jpg",
              "hits": 233, "month": "2026_10"},
    ),
    Story(
        1243,
        "clb-robotics-truong-thcs-quang-thuan-ra-mat-nam-hoc-moi",
        "CLB Robotics Trường THCS Quảng Thuận ra mắt năm học mới",
        "hoat-dong-cac-truong",
        "2026-10-22T10:20:00+07:00",
        [
            P(
                "Chiều 21/10/2026, Câu lạc bộ Robotics Trường THCS Quảng Thuận chính thức ra mắt với 36 thành "
                "viên là học sinh khối 7, 8 và 9 yêu thích khoa học, công nghệ."
            ),
            P(
                "Câu lạc bộ sinh hoạt vào chiều thứ Năm hằng tuần tại phòng Tin học số 2. Các em được học "
                "lắp ráp, lập trình robot bằng Scratch và Python, chuẩn bị cho cuộc thi Sáng tạo thanh "
                "thiếu niên, nhi đồng cấp tỉnh."
            ),
            Img(up("robotics-quang-thuan.jpg", "2026_10"),
                "Thành viên câu lạc bộ thử nghiệm robot dò đường",
                "Thành viên câu lạc bộ thử nghiệm robot dò đường", "plain"),
            P(
                "Bộ thiết bị robot giáo dục được Hội Cha mẹ học sinh nhà trường tài trợ, trị giá hơn 45 triệu "
                "đồng."
            ),
            P("Xin cảm ơn thầy Nguyễn Văn Hải đã hỗ trợ."),
        ],
        authors=["Lê Hồng Sơn"],
        opts={"poster": "admin", "tags": [], "homeimg": "robotics-thumb.jpg", "hits": 188,
              "month": "2026_10", "top_byline": "<p><strong>Bài: Lê Hồng Sơn</strong></p>"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
NEWEST = sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)
MOST_READ = [1276, 1272, 1268, 1288, 1257]


def article_path(story: Story) -> str:
    return f"/news/{story.cat}/{story.slug}-{story.id}.html"


def _category_of(story: Story) -> str:
    return CATEGORIES[story.cat]


GOLD = [
    gold_record(
        s,
        article_path(s),
        _category_of(s),
    )
    for s in NEWEST
]
# the home image shown on a detail page is the article's first image (caption = its figcaption)
for _g, _s in zip(GOLD, NEWEST, strict=True):
    if "homefig" in _s.opts:
        _file, _cap = _s.opts["homefig"]
        _g["images"].insert(0, {"path": up(_file, _s.opts.get("month", "2026_11")), "caption": _cap})

NON_ARTICLES = [
    "/news/hoat-dong-cac-truong/page-2/",
    "/news/tag/an-toan-truong-hoc",
    "/about/gioi-thieu.html",
    "/contact/",
    "/news/page-2/",
]

ABOUT_PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        "<p>Phòng Giáo dục và Đào tạo thị xã Ba Đồn là cơ quan chuyên môn thuộc UBND thị xã Ba Đồn, "
        "có chức năng tham mưu, giúp UBND thị xã quản lý nhà nước về giáo dục và đào tạo.</p>"
        "<p>Toàn thị xã hiện có 46 trường mầm non, tiểu học và THCS với hơn 21.000 học sinh.</p>"
        "<p>Địa chỉ: Số 256 Hùng Vương, phường Ba Đồn, thị xã Ba Đồn, tỉnh Quảng Bình.</p>",
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "<p><strong>Trưởng phòng:</strong> Nguyễn Văn Thành</p>"
        "<p><strong>Phó Trưởng phòng:</strong> ThS. Đinh Văn Quý, Hoàng Thị Kim Oanh</p>"
        "<p>Bộ phận chuyên môn Mầm non, Tiểu học, THCS; bộ phận Văn phòng – Kế toán.</p>",
    ),
}

# --- rendering -----------------------------------------------------------------------------


def _dt_of(story: Story) -> _dt.datetime:
    return _dt.datetime.fromisoformat(story.published_at or "")


def date_line(story: Story) -> str:
    """NukeViet's "l - d/m/Y H:i": "Thứ tư - 18/11/2026 08:30"."""
    d = _dt_of(story)
    return f"{WEEKDAYS[d.weekday()]} - {d:%d/%m/%Y %H:%M}"


def short_date(story: Story) -> str:
    return f"{_dt_of(story):%d/%m/%Y}"


def _img_tag(src: str, alt: str = "") -> str:
    return f'<img alt="{esc(alt)}" height="450" src="{src}" width="600" />'


def render_body(story: Story) -> str:
    out: list[str] = []
    if "top_byline" in story.opts:
        out.append(story.opts["top_byline"])
    blocks = list(story.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            alt = b.caption or ""
            if b.style == "figure":
                out.append(
                    f'<figure class="image" style="display:inline-block">{_img_tag(b.src, alt)}'
                    f"<figcaption>{text(b.printed or '')}</figcaption></figure>"
                )
            elif b.style == "em":
                out.append(f'<p style="text-align: center;">{_img_tag(b.src, alt)}</p>')
                out.append(f'<p style="text-align: center;"><em>{text(b.printed or "")}</em></p>')
            elif b.style == "plain":
                out.append(f'<p style="text-align: center;">{_img_tag(b.src, alt)}</p>')
                out.append(f'<p style="text-align: center;">{text(b.printed or "")}</p>')
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(b.src)}</p>')
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                row = blocks[i]
                cells = "".join(f"<td>{text(c)}</td>" for c in row.text.split(" | "))
                if row.style == "th":
                    cells = "".join(f"<td><strong>{text(c)}</strong></td>" for c in row.text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="1" cellspacing="1" style="width:100%"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            continue
        elif b.style == "quote":
            attr = ""
            if i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "qattr":
                attr = f'<p style="text-align: right;">{text(blocks[i + 1].text)}</p>'
                i += 1
            out.append(f"<blockquote><p><em>{text(b.text)}</em></p>{attr}</blockquote>")
        elif b.style == "h3":
            out.append(f"<p><strong>{text(b.text)}</strong></p>")
        elif b.style == "br":
            pass
        else:
            joined = text(b.text)
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                joined += "<br />\n" + text(blocks[i + 1].text)
                i += 1
            if story.opts.get("lead_bold") and b.text == story.summary:
                joined = f"<strong>{joined}</strong>"
            out.append(f'<p style="text-align: justify;">{joined}</p>')
        i += 1
    return "\n".join(out)


def _widget(title: str, inner: str) -> str:
    return (
        f'<div class="panel panel-default"><div class="panel-heading">{esc(title)}</div>'
        f'<div class="panel-body">{inner}</div></div>'
    )


def sidebar() -> str:
    most = "".join(
        f'<li class="clearfix"><a href="{article_path(BY_ID[i])}" title="{esc(BY_ID[i].title)}">'
        f"{esc(BY_ID[i].title)}</a> <span class=\"text-muted\">({BY_ID[i].opts['hits']})</span></li>"
        for i in MOST_READ
    )
    counter = (
        '<ul class="counter list-none display-table">'
        '<li><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang online<span>27</span></li>'
        '<li><em class="fa fa-filter fa-lg fa-horizon"></em>Hôm nay<span>1.214</span></li>'
        '<li><em class="fa fa-filter fa-lg fa-horizon"></em>Tháng hiện tại<span>5.907</span></li>'
        '<li><em class="fa fa-bar-chart fa-lg fa-horizon"></em>Tổng truy cập<span>2.384.516</span></li>'
        "</ul>"
    )
    poll = (
        '<form action="/voting/" method="post" class="voting">'
        "<p><strong>Bạn quan tâm nội dung nào trên Cổng thông tin?</strong></p>"
        '<div class="radio"><label><input type="radio" name="option" value="1"> Tin tức – sự kiện</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="2"> Văn bản chỉ đạo</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="3"> Hoạt động các trường</label></div>'
        '<input type="hidden" name="vid" value="2"><input class="btn btn-success btn-sm" type="submit" '
        'value="Bình chọn"> <input class="btn btn-primary btn-sm" type="button" value="Kết quả" '
        "onclick=\"nv_sendvoting(this.form, '2', 0, '', '', '1');\"></form>"
    )
    links = (
        '<select class="form-control" onchange="window.open(this.value)">'
        "<option>-- Liên kết website --</option>"
        '<option value="https://sgddt.quangbinh.gov.vn">Sở GD&amp;ĐT Quảng Bình</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://badon.quangbinh.gov.vn">UBND thị xã Ba Đồn</option>'
        "</select>"
    )
    return (
        '<div class="col-md-8 col-sm-8"><aside>'
        + _widget("Tin xem nhiều", f'<ul class="list-none">{most}</ul>')
        + _widget("Thống kê truy cập", counter)
        + _widget("Thăm dò ý kiến", poll)
        + _widget("Liên kết website", links)
        + _widget(
            "Quảng cáo",
            '<a href="https://sgddt.quangbinh.gov.vn" rel="nofollow"><img src="/uploads/banners/banner-sgd.png" '
            'alt="Sở GD&amp;ĐT Quảng Bình" width="260"></a>',
        )
        + "</aside></div>"
    )


def menu() -> str:
    cats = "".join(f'<li><a href="/news/{k}/">{esc(v)}</a></li>' for k, v in CATEGORIES.items())
    return (
        '<nav class="second-nav" id="menusite"><ul class="nav navbar-nav">'
        '<li><a href="/" title="Trang chủ"><em class="fa fa-lg fa-home"></em> Trang chủ</a></li>'
        '<li class="dropdown"><a href="/about/gioi-thieu.html">Giới thiệu</a><ul class="dropdown-menu">'
        '<li><a href="/about/gioi-thieu.html">Giới thiệu chung</a></li>'
        '<li><a href="/about/co-cau-to-chuc.html">Cơ cấu tổ chức</a></li></ul></li>'
        f'<li class="dropdown"><a href="/news/">Tin Tức</a><ul class="dropdown-menu">{cats}</ul></li>'
        '<li><a href="/contact/">Liên hệ</a></li></ul></nav>'
    )


def layout(request: Request, title: str, main: str, crumbs: list[tuple[str, str]] | None = None,
           head: str = "") -> str:
    crumb_html = ""
    if crumbs:
        items = "".join(
            f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
            f'<a href="{href}" itemprop="item" title="{esc(name)}"><span itemprop="name">{esc(name)}</span></a></li>'
            for href, name in crumbs
        )
        crumb_html = (
            '<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none" '
            'itemscope itemtype="http://schema.org/BreadcrumbList">'
            '<li><a href="/" title="Trang chủ"><em class="fa fa-lg fa-home"></em></a></li>'
            f"{items}</ul></div></div>"
        )
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="generator" content="NukeViet v4.4">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
<link rel="StyleSheet" href="/themes/badon/css/font-awesome.min.css">
<link rel="StyleSheet" href="/themes/badon/css/style.css">
<link rel="StyleSheet" href="/themes/badon/css/news.css">
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/global.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="{esc(SITE_TITLE)}" href="/">
<img src="/uploads/logo-pgd-badon.png" width="90" height="90" alt="{esc(SITE_TITLE)}"></a>
<div class="site_name">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ BA ĐỒN</div>
<div class="site_description">Cổng thông tin điện tử</div></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch">
<form action="/seek/" method="get"><input type="text" name="q" maxlength="60" placeholder="Tìm kiếm...">
<button type="submit"><em class="fa fa-search"></em></button></form></div>
<div class="current-time"><em class="fa fa-clock-o"></em> {TODAY}</div></div>
</div></div></header>
{menu()}
<section><div class="container" id="body">
{crumb_html}
<div class="row"><div class="col-md-16 col-sm-16">{main}</div>
{sidebar()}
</div></div></section>
<footer id="footer"><div class="container"><div class="row"><div class="col-md-16">
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ BA ĐỒN</strong></p>
<p>Địa chỉ: Số 256 Hùng Vương, phường Ba Đồn, thị xã Ba Đồn, tỉnh Quảng Bình</p>
<p>Điện thoại: 0232 3512 345 – Fax: 0232 3512 346 – Email: pgdbadon@quangbinh.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Ông Nguyễn Văn Thành – Trưởng phòng</p></div>
<div class="col-md-8"><p>© Bản quyền thuộc về Phòng GD&amp;ĐT thị xã Ba Đồn</p>
<p>Thiết kế bởi <a href="https://nukeviet.vn" rel="nofollow">NukeViet CMS</a> – Giao diện: Tổ Tin học</p>
</div></div></div></footer>
</div></div>
<a href="#" class="bttop"><em class="fa fa-angle-up"></em></a>
<script src="/themes/badon/js/main.js"></script>
</body>
</html>"""


def thumb(story: Story) -> str:
    month = story.opts.get("month", "2026_11")
    return f"/assets/news/{month}/{story.opts['homeimg']}"


def item(story: Story) -> str:
    """A listing item of the viewcat_page_new template."""
    hometext = f"<p>{esc(story.summary)}</p>" if story.summary else ""
    return (
        '<div class="news_column panel panel-default"><div class="panel-body">'
        f'<a href="{article_path(story)}" title="{esc(story.title)}">'
        f'<img alt="{esc(story.title)}" src="{thumb(story)}" width="150" class="img-thumbnail pull-left imghome"></a>'
        f'<h3><a href="{article_path(story)}" title="{esc(story.title)}">{esc(story.title)}</a></h3>'
        '<div class="text-muted"><ul class="list-unstyled list-inline">'
        f'<li><em class="fa fa-clock-o">&nbsp;</em> {short_date(story)}</li>'
        f'<li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {story.opts["hits"]}</li></ul></div>'
        f"{hometext}</div></div>"
    )


def pages_bar(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    out = []
    for n in range(1, pages + 1):
        href = base if n == 1 else f"{base}page-{n}/"
        cls = ' class="active"' if n == page else ""
        out.append(f'<li{cls}><a href="{href}">{n}</a></li>')
    if page < pages:
        out.append(f'<li><a href="{base}page-{page + 1}/" title="Trang sau">&raquo;</a></li>')
    return '<div class="text-center"><ul class="pagination">' + "".join(out) + "</ul></div>"


def listing(request: Request, heading: str, stories: list[Story], base: str, page: int,
            crumbs: list[tuple[str, str]]) -> Response | None:
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    title = heading + (f" - Trang {page}" if page > 1 else "")
    main = (
        f'<div class="page-header"><h1>{esc(heading)}</h1></div>'
        + "".join(item(s) for s in chunk)
        + pages_bar(base, page, pages)
    )
    return html(layout(request, f"{title} - {SITE_TITLE}", main, crumbs))


def home(request: Request) -> Response:
    newest = "".join(item(s) for s in NEWEST[:6])
    blocks = []
    for key, name in CATEGORIES.items():
        posts = [s for s in NEWEST if s.cat == key][:3]
        lis = "".join(
            f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="text-muted">({short_date(s)})</span></li>'
            for s in posts
        )
        blocks.append(
            f'<div class="block-cat panel panel-default"><div class="panel-heading">'
            f'<a href="/news/{key}/">{esc(name)}</a></div><div class="panel-body"><ul>{lis}</ul>'
            f'<a class="more" href="/news/{key}/">Xem tiếp »</a></div></div>'
        )
    main = (
        '<div class="panel panel-default"><div class="panel-heading">Tin mới nhất</div>'
        f'<div class="panel-body">{newest}</div></div>' + "".join(blocks)
    )
    return html(layout(request, SITE_TITLE, main))


def tools(story: Story) -> str:
    url = article_path(story)
    return (
        '<ul class="list-inline text-right tools">'
        f'<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" '
        f"onclick=\"nv_open_browse('/news/sendmail/{story.cat}/{story.slug}-{story.id}.html','',650,500);"
        'return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
        f'<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript:void(0);" '
        f"onclick=\"nv_open_browse('/news/print/{story.cat}/{story.slug}-{story.id}.html','',840,500);"
        'return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>'
        f'<li><a class="dimgray" title="Chia sẻ Facebook" href="javascript:void(0);" '
        f"onclick=\"window.open('https://www.facebook.com/sharer.php?u='+encodeURIComponent(location.origin+'{url}'))\">"
        '<em class="fa fa-facebook-square fa-lg">&nbsp;</em></a></li></ul>'
    )


def article_page(request: Request, story: Story) -> Response:
    path = article_path(story)
    month = story.opts.get("month", "2026_11")
    homefig = ""
    if "homefig" in story.opts:
        file, cap = story.opts["homefig"]
        homefig = (
            '<figure class="article left pointer"><div style="width:260px;">'
            f'<p class="text-center"><img alt="{esc(cap)}" src="{up(file, month)}" width="260" '
            f'class="img-thumbnail"></p><figcaption>{esc(cap)}</figcaption></div></figure>'
        )
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="hometext m-bottom"><strong>{text(story.summary)}</strong></div>'
    author_info = ""
    if "author_info" in story.opts:
        author_info = f'<div class="author-info margin-bottom-lg">{story.opts["author_info"]}</div>'
    tags = ""
    if story.opts.get("tags"):
        tags = (
            '<div class="news_column panel panel-default"><div class="panel-body">'
            '<div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
            + ", ".join(f'<a title="{esc(TAGS[t])}" href="/news/tag/{t}"><em>{esc(TAGS[t])}</em></a>'
                        for t in story.opts["tags"])
            + "</div></div></div>"
        )
    others = [s for s in NEWEST if s.cat == story.cat and s.id != story.id][:4]
    other_html = ""
    if others:
        other_html = (
            '<div class="news_column panel panel-default"><div class="panel-body other-news">'
            '<p class="h3"><strong>Các tin khác</strong></p><ul class="related list-items">'
            + "".join(
                f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{article_path(s)}" title="{esc(s.title)}">'
                f'{esc(s.title)}</a> <em>({short_date(s)})</em></li>'
                for s in others
            )
            + "</ul></div></div>"
        )
    rating = (
        '<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action="">'
        '<div class="h5 clearfix"><p>Tổng số điểm của bài viết là: '
        f'{(story.id % 7) * 5 + 10} trong {(story.id % 7) + 3} đánh giá</p>'
        '<span>Click để đánh giá bài viết</span></div></form></div></div>'
    )
    main = f"""<div class="news_detail news_column panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">{esc(story.title)}</h1>
<div class="row margin-bottom-lg meta">
<div class="col-md-12"><span class="h5 date">{date_line(story)}</span>
<span class="poster"><em class="fa fa-user">&nbsp;</em>Người đăng: {esc(story.opts["poster"])}</span>
<span class="hitstotal"><em class="fa fa-eye">&nbsp;</em>Lượt xem: {story.opts["hits"]}</span></div>
<div class="col-md-12">{tools(story)}</div>
</div>
<div class="clearfix">{homefig}{sapo}</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{render_body(story)}
</div>
{author_info}
</div></div>
{tags}
{rating}
{other_html}
<div class="news_column panel panel-default"><div class="panel-body">
<div class="fb-comments" data-href="{base_url(request)}{path}" data-numposts="5" data-width="100%"></div>
</div></div>"""
    head = (
        f'<link rel="canonical" href="{base_url(request)}{path}">'
        f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(story.title)}">'
        f'<meta property="og:image" content="{base_url(request)}{thumb(story)}">'
        f'<meta property="article:published_time" content="{story.published_at}">'
        f'<meta property="article:section" content="{esc(CATEGORIES[story.cat])}">'
    )
    crumbs = [("/news/", "Tin Tức"), (f"/news/{story.cat}/", CATEGORIES[story.cat])]
    return html(layout(request, f"{story.title} - {CATEGORIES[story.cat]} - {SITE_TITLE}", main,
                       crumbs, head))


def about_page(request: Request, key: str) -> Response:
    title, body = ABOUT_PAGES[key]
    main = (
        '<div class="page panel panel-default"><div class="panel-body">'
        f'<h1 class="title margin-bottom-lg">{esc(title)}</h1><div class="bodytext">{body}</div>'
        "</div></div>"
    )
    return html(layout(request, f"{title} - {SITE_TITLE}", main, [("/about/gioi-thieu.html", "Giới thiệu")]))


def contact_page(request: Request) -> Response:
    main = (
        '<div class="panel panel-default"><div class="panel-body"><h1>Liên hệ</h1>'
        "<p>Phòng GD&amp;ĐT thị xã Ba Đồn – Số 256 Hùng Vương, phường Ba Đồn.</p>"
        "<p>Điện thoại: 0232 3512 345 – Email: pgdbadon@quangbinh.edu.vn</p>"
        '<form method="post" action="/contact/" class="form-horizontal">'
        '<select name="fpart"><option value="1">Văn phòng</option><option value="2">Bộ phận Tiểu học</option>'
        '<option value="3">Bộ phận THCS</option></select>'
        '<input type="text" name="ftitle" placeholder="Tiêu đề"><input type="text" name="fname" placeholder="Họ và tên">'
        '<input type="email" name="femail" placeholder="Email"><textarea name="fcon"></textarea>'
        '<input type="submit" value="Gửi thư"></form></div></div>'
    )
    return html(layout(request, f"Liên hệ - {SITE_TITLE}", main, [("/contact/", "Liên hệ")]))


_ARTICLE = re.compile(r"/news/([a-z-]+)/([a-z0-9-]+)-(\d+)\.html")
_CAT = re.compile(r"/news/([a-z-]+)/(?:page-(\d+)/)?")
_ALL = re.compile(r"/news/(?:page-(\d+)/)?")


class NukeVietSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/index.php") and not request.query:
            return home(request)
        if m := _ARTICLE.fullmatch(path):
            story = BY_ID.get(int(m.group(3)))
            if story and story.cat == m.group(1) and story.slug == m.group(2) and not request.query:
                return article_page(request, story)
            return None
        if m := re.fullmatch(r"/news/tag/([a-z0-9-]+)", path):
            key = m.group(1)
            if key not in TAGS:
                return None
            posts = [s for s in NEWEST if key in s.opts.get("tags", [])]
            return listing(request, f"Tag: {TAGS[key]}", posts, path + "/", 1,
                           [("/news/", "Tin Tức"), (path, TAGS[key])])
        if m := _ALL.fullmatch(path):
            return listing(request, "Tin Tức", NEWEST, "/news/", int(m.group(1) or 1),
                           [("/news/", "Tin Tức")])
        if m := _CAT.fullmatch(path):
            key = m.group(1)
            if key not in CATEGORIES:
                return None
            posts = [s for s in NEWEST if s.cat == key]
            return listing(request, CATEGORIES[key], posts, f"/news/{key}/", int(m.group(2) or 1),
                           [("/news/", "Tin Tức"), (f"/news/{key}/", CATEGORIES[key])])
        if m := re.fullmatch(r"/about/([a-z-]+)\.html", path):
            return about_page(request, m.group(1)) if m.group(1) in ABOUT_PAGES else None
        if path == "/contact/":
            return contact_page(request)
        return None


def build_site() -> NukeVietSite:
    return NukeVietSite()
