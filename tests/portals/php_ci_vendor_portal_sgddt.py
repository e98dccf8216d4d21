"""Sở GD&ĐT Tuyên Quang on a vendor government portal built on CodeIgniter 3 (PHP 7), Bootstrap 3.

Platform: a provincial-department portal product ("Cổng TTĐT v3.2") that a local vendor sells to
several Sở: CodeIgniter 3 controllers, its own CMS editor (CKEditor 4 with the vendor's image
dialog), a Bootstrap 3 theme with jQuery plugins (lazyload, carousel). Server-rendered.

URL scheme
- ``/``                                             home: carousel, "Tin mới", category blocks
- ``/tin-tuc/danh-muc/<cat-slug>``                   category list, first 5 items
- ``/tin-tuc/danh-muc/<cat-slug>/<offset>``          next items: CI3's pagination library with
  ``use_page_numbers = FALSE``: the number in the URL is how many items are skipped (5, 10 …),
  the link text is the page number ("2")
- ``/tin-tuc/chi-tiet/<id>/<slug>``                  a post; the route matches the id only, any
  slug serves the post (``rel=canonical`` names the real one)
- ``/index.php/<any route>``                         the same page (CI3 front controller)
- ``/trang/<slug>``                                  static pages (intro, structure, contact)
- ``/van-ban`` and ``/van-ban/chi-tiet/<id>``        legal documents list and entries
- ``/tim-kiem?tu_khoa=…``                            search (GET form in the header)
- images under ``/uploads/…`` and ``/public/frontend/…``

Page templates
- chrome: top bar with today's date ("Thứ Bảy, 05/12/2026"), a banner whose ``<h1>`` is the
  department's name, a Bootstrap navbar with drop-downs (parents are ``href="#"`` toggles),
  breadcrumb ``ol.breadcrumb``, a right column (most-read, links, poll, visitor counter), footer.
- list: ``div.ds-tin > div.media`` items (thumbnail, ``h4.media-heading`` title cut by
  ``character_limiter``, date, sapo excerpt), then ``ul.pagination``.
- post: ``div.panel.khung-ct > div.panel-body``: ``h2.tieude_ct`` headline, ``div.tt-ct`` meta row
  (date, "Lượt xem", "Người đăng: quantri_sgd", sometimes "Tác giả: …"), ``div.tomtat_ct`` sapo
  (bold), ``div.nd_ct`` the editor's HTML, then attachment line, tool bar (print is
  ``javascript:window.print()``), "Tin cùng chuyên mục" list.

How each gold article is reached
- Tin tức - Sự kiện has 7 posts: 5 on ``/tin-tuc/danh-muc/tin-tuc-su-kien`` and the two oldest
  (2398, 2391) only on ``/tin-tuc/danh-muc/tin-tuc-su-kien/5``: no home block, no sidebar and no
  "Tin cùng chuyên mục" box links them (the box lists the category's 4 newest other posts).
- Giáo dục Trung học (2429, 2419), Chuyển đổi số (2403), Giáo dục Mầm non - Tiểu học (2412) and
  Thông báo (2433, 2425) from their menu lists; the home page links the newest of them too.
- The home carousel links 2431, 2429, 2427 through ``/index.php/tin-tuc/chi-tiet/…``.

Traps
1. The only ``<h1>`` on every page is the banner "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG"; the
   headline is ``<h2 class="tieude_ct">``. ``<title>`` and ``og:title`` are escaped twice by the
   vendor's view (``html_escape`` over an already-escaped value), so titles with quotes read
   ``&quot;Áo ấm cho em&quot;`` there -> gold title is the h2, with real quotes (2427, 2412).
2. CodeIgniter's error view leaks into the post: a bordered ``<div>`` "A PHP Error was
   encountered / Severity: Notice / Message: Undefined index: anh_dai_dien / Filename … / Line
   Number …" printed as the first thing inside ``div.nd_ct`` (2422) -> not body.
3. The theme prints a print-only letterhead inside ``div.nd_ct`` of every post
   (``div.visible-print-block``: department name, address, "In từ: <url>") -> not body.
4. jquery.lazyload images: ``src`` is ``/public/frontend/images/loading.gif`` and the photo is
   in ``data-original`` (2427, 2398) -> gold images are the ``data-original`` paths; the gif is
   no image of the article.
5. The editor's image dialog writes a photo and its line as a two-row table
   (``table.tbl_anh``: row 1 the ``<img>``, row 2 ``<em>`` line, in parentheses on 2431) -> a
   caption (parentheses off), not table rows of the body.
6. Two photos side by side in a Bootstrap grid (``div.row > div.col-xs-6 > img + p.chuthich``)
   (2422) -> two images in left-right order, each with its own caption; no body.
7. Dates printed the vendor's ways: time first "15:40 | 04/12/2026" (2431); "Cập nhật:
   15/11/2026 09:12" printed before "Ngày đăng: 14/11/2026 16:05" (2409) -> the Ngày đăng; a
   midnight "19/11/2026 00:00" (2415) -> the day alone; the list pages print only the day.
8. Offset pagination: ``/tin-tuc/danh-muc/tin-tuc-su-kien/5`` is page 2 (link text "2", and
   "Trang sau ›" / "Cuối »" point to the same offset) -> 2398 and 2391 are only there.
9. The same post is linked under three URLs: the canonical one, ``/index.php/…`` from the
   carousel, and a cut slug (first six words) from the "Tin cùng chuyên mục" box; all serve the
   post with ``rel=canonical`` -> one article each, the others in ``alt_paths``.
10. Bylines in two places: the meta row's "Tác giả: Ma Văn Đức" (2422), "Tác giả: Trần Văn Minh
    (Văn phòng Sở)" (2403) -> the name without the unit; "Người đăng: quantri_sgd" is the CMS
    account -> nobody. Right-aligned closing lines: "Tin, ảnh: Nguyễn Thu Hà" (both lists), "Tin:
    Hoàng Minh Tuấn - Ảnh: Lý Thị Mai", "ThS. Lương Thị Hạnh - Phó Trưởng phòng GDTrH" ->
    "Lương Thị Hạnh", the unit "Phòng Tổ chức cán bộ" signing alone, "BBT" -> nobody.
11. 2398 has no ``<p>``: the editor wrote one ``<div>`` whose paragraphs are separated by
    ``<br /><br />`` and whose lead is bold -> one paragraph per line, the bold lead is the sapo.
12. A results table (2409) and a numbered list (2429) inside the text -> paragraphs (cells joined
    by " | "); the "Tệp đính kèm:" line under 2429 is not body.
13. 2433 is an official notice (letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận", signer)
    posted "02/12/2026 07:45" -> published_at is the letterhead's day 2026-12-01, the signer is
    the author.
14. 2425 uses ``<img alt="👉">`` emoji pictures as bullets -> no text, no image; "Ảnh: Hà Trang"
    under the photo of 2412 is a credit -> caption None, photographer Hà Trang.

Gold decisions on ambiguous points
- ``summary``: the bold ``div.tomtat_ct`` when printed (then the body's first paragraph); the bold
  first line of 2398; none on 2415, 2433, 2425.
- ``category``: the breadcrumb's last item (the category's name as the menu prints it).
- A post with a "Tác giả" meta field and no closing byline takes the meta field's name.
- ``published_at`` of the notice is the letterhead's day, as the house convention says, though
  the meta row prints a posting time.
- "Nguồn: Báo Tuyên Quang" (2427) -> source; "Theo kế hoạch, …" in 2391 stays body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "php_ci_vendor_portal_sgddt"
PLATFORM = "CodeIgniter 3 vendor government portal (Bootstrap 3)"
START_PATH = "/"

TODAY_HEADER = "Thứ Bảy, 05/12/2026"
SITE = "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG"
PER_PAGE = 5


@dataclass(frozen=True)
class Cat:
    slug: str
    name: str


CATS = {
    "ttsk": Cat("tin-tuc-su-kien", "Tin tức - Sự kiện"),
    "gdth": Cat("giao-duc-trung-hoc", "Giáo dục Trung học"),
    "mnth": Cat("giao-duc-mam-non-tieu-hoc", "Giáo dục Mầm non - Tiểu học"),
    "cds": Cat("chuyen-doi-so", "Chuyển đổi số"),
    "tb": Cat("thong-bao", "Thông báo"),
}

LOADING = "/public/frontend/images/loading.gif"


def _right(text: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(text)}</{tag}></p>')


STORIES: list[Story] = [
    Story(
        id=2431,
        slug="so-gd-dt-lam-viec-voi-ubnd-huyen-lam-binh-ve-co-so-vat-chat-truong-hoc",
        title="Sở GD&ĐT làm việc với UBND huyện Lâm Bình về cơ sở vật chất trường học",
        cat="ttsk",
        published_at="2026-12-04T15:40:00+07:00",
        summary=(
            "Chiều 04/12, đoàn công tác Sở GD&ĐT do Giám đốc Sở dẫn đầu đã làm việc với UBND "
            "huyện Lâm Bình về tình hình cơ sở vật chất, trường lớp học năm học 2026-2027."
        ),
        sapo_outside=True,
        blocks=[
            P("Theo báo cáo của UBND huyện, toàn huyện hiện có 38 trường học với 412 phòng học, "
              "trong đó còn 27 phòng học tạm, phòng học mượn tập trung ở các điểm trường lẻ."),
            Img("/uploads/tin-tuc/2026/12/lam-binh-lam-viec-1.jpg",
                "(Giám đốc Sở GD&ĐT phát biểu tại buổi làm việc)",
                "Giám đốc Sở GD&ĐT phát biểu tại buổi làm việc", style="tbl"),
            P("Phát biểu kết luận, Giám đốc Sở đề nghị huyện ưu tiên nguồn vốn xóa phòng học tạm, "
              "hoàn thành trước tháng 8/2027 để phục vụ năm học mới."),
            P("Đoàn công tác cũng đã kiểm tra thực tế tại Trường PTDTBT THCS Thượng Lâm và Trường "
              "Mầm non Lăng Can."),
            Img("/uploads/tin-tuc/2026/12/lam-binh-lam-viec-2.jpg",
                "Đoàn kiểm tra thực tế tại Trường PTDTBT THCS Thượng Lâm",
                "Đoàn kiểm tra thực tế tại Trường PTDTBT THCS Thượng Lâm", style="tbl"),
            _right("Tin, ảnh: Nguyễn Thu Hà"),
        ],
        authors=["Nguyễn Thu Hà"],
        photographers=["Nguyễn Thu Hà"],
        opts={"date": "timefirst", "printed": "15:40 | 04/12/2026", "featured": True},
    ),
    Story(
        id=2427,
        slug="trao-120-suat-qua-ao-am-cho-em-cho-hoc-sinh-huyen-na-hang",
        title='Trao 120 suất quà "Áo ấm cho em" cho học sinh huyện Na Hang',
        cat="ttsk",
        published_at="2026-12-02T09:05:00+07:00",
        summary=(
            'Sáng 02/12, Công đoàn ngành Giáo dục phối hợp với các nhà hảo tâm trao 120 suất quà '
            '"Áo ấm cho em" cho học sinh có hoàn cảnh khó khăn tại huyện Na Hang.'
        ),
        sapo_outside=True,
        blocks=[
            P("Mỗi suất quà gồm một áo khoác, một bộ đồ dùng học tập và 300.000 đồng tiền mặt, tổng "
              "trị giá gần 80 triệu đồng."),
            Img("/uploads/tin-tuc/2026/12/ao-am-na-hang.jpg",
                "Các em học sinh Trường PTDTBT Tiểu học Sinh Long nhận quà",
                "Các em học sinh Trường PTDTBT Tiểu học Sinh Long nhận quà", style="lazy"),
            P("Chương trình là hoạt động thiết thực nhằm động viên các em vượt qua khó khăn, "
              "duy trì sĩ số trong mùa đông giá rét."),
            _right("Nguồn: Báo Tuyên Quang", "em"),
        ],
        source="Báo Tuyên Quang",
        opts={"date": "std", "printed": "Thứ Tư, 02/12/2026 - 09:05", "featured": True},
    ),
    Story(
        id=2422,
        slug="khai-mac-hoi-khoe-phu-dong-tinh-tuyen-quang-lan-thu-xi",
        title="Khai mạc Hội khỏe Phù Đổng tỉnh Tuyên Quang lần thứ XI",
        cat="ttsk",
        published_at="2026-11-28T07:30:00+07:00",
        summary=(
            "Sáng 28/11, tại Sân vận động tỉnh, Sở GD&ĐT tổ chức khai mạc Hội khỏe Phù Đổng tỉnh "
            "Tuyên Quang lần thứ XI với sự tham gia của hơn 1.200 vận động viên."
        ),
        sapo_outside=True,
        blocks=[
            P("Hội khỏe năm nay gồm 9 môn thi đấu: điền kinh, bơi, cầu lông, bóng bàn, cờ vua, "
              "bóng đá, đá cầu, võ cổ truyền và kéo co."),
            Img("/uploads/tin-tuc/2026/11/hkpd-khai-mac.jpg", "Màn đồng diễn khai mạc",
                "Màn đồng diễn khai mạc", style="col"),
            Img("/uploads/tin-tuc/2026/11/hkpd-ruoc-duoc.jpg", "Rước đuốc tại lễ khai mạc",
                "Rước đuốc tại lễ khai mạc", style="col"),
            P("Các môn thi đấu diễn ra đến hết ngày 06/12 tại 5 địa điểm trên địa bàn thành phố."),
        ],
        authors=["Ma Văn Đức"],
        opts={"date": "std", "printed": "Thứ Bảy, 28/11/2026 - 07:30", "php_error": True,
              "tacgia": "Ma Văn Đức"},
    ),
    Story(
        id=2415,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="ttsk",
        published_at="2026-11-19",
        blocks=[
            P("Ngày 19/11/2026, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên "
              "dương nhà giáo tiêu biểu năm 2026."),
            P("Tại buổi lễ, 45 nhà giáo được tặng Bằng khen của Chủ tịch UBND tỉnh, 120 nhà giáo "
              "được tặng Giấy khen của Giám đốc Sở."),
            P("Lãnh đạo tỉnh ghi nhận những đóng góp của đội ngũ nhà giáo, đặc biệt là các thầy cô "
              "công tác tại vùng khó khăn."),
            _right("Phòng Tổ chức cán bộ"),
        ],
        authors=["Phòng Tổ chức cán bộ"],
        opts={"date": "std", "printed": "Thứ Năm, 19/11/2026 - 00:00"},
    ),
    Story(
        id=2409,
        slug="tuyen-quang-co-5-hoc-sinh-dat-giai-cuoc-thi-khoa-hoc-ky-thuat-cap-quoc-gia",
        title="Tuyên Quang có 5 học sinh đạt giải Cuộc thi Khoa học kỹ thuật cấp quốc gia",
        cat="ttsk",
        published_at="2026-11-14T16:05:00+07:00",
        summary=(
            "Tại Cuộc thi Khoa học kỹ thuật cấp quốc gia dành cho học sinh trung học năm học "
            "2026-2027, đoàn Tuyên Quang có 3 dự án với 5 học sinh đạt giải."
        ),
        sapo_outside=True,
        blocks=[
            P("Kết quả cụ thể như sau:"),
            P("STT | Dự án | Học sinh | Giải", "tr"),
            P("1 | Máy sấy chè tiết kiệm năng lượng | Nguyễn Hoàng Anh, Lê Thu Trang | Nhì", "tr"),
            P("2 | Ứng dụng nhận diện sâu bệnh cây cam | Phạm Đức Long | Ba", "tr"),
            P("3 | Gạch không nung từ xỉ than | Hà Minh Châu, Triệu Văn Khánh | Tư", "tr"),
            Img("/uploads/tin-tuc/2026/11/khkt-quoc-gia.jpg", "Các học sinh đạt giải chụp ảnh lưu niệm",
                "Các học sinh đạt giải chụp ảnh lưu niệm", style="next"),
            P("Đây là năm thứ ba liên tiếp Tuyên Quang có dự án đạt giải Nhì cấp quốc gia."),
            _right("Tin: Hoàng Minh Tuấn - Ảnh: Lý Thị Mai"),
        ],
        authors=["Hoàng Minh Tuấn"],
        photographers=["Lý Thị Mai"],
        opts={"date": "updated_first", "printed": "Ngày đăng: 14/11/2026 16:05",
              "updated": "Cập nhật: 15/11/2026 09:12"},
    ),
    Story(
        id=2398,
        slug="tap-huan-cong-tac-y-te-truong-hoc-nam-hoc-2026-2027",
        title="Tập huấn công tác y tế trường học năm học 2026-2027",
        cat="ttsk",
        published_at="2026-10-30T14:00:00+07:00",
        summary="Ngày 30/10, Sở GD&ĐT phối hợp với Sở Y tế tập huấn công tác y tế trường học cho "
                "hơn 200 nhân viên y tế các trường.",
        blocks=[
            P("Ngày 30/10, Sở GD&ĐT phối hợp với Sở Y tế tập huấn công tác y tế trường học cho "
              "hơn 200 nhân viên y tế các trường.", "brlead"),
            P("Nội dung tập huấn gồm phòng chống dịch bệnh mùa đông, sơ cấp cứu ban đầu và quản lý "
              "hồ sơ sức khỏe học sinh trên phần mềm.", "br"),
            P("Các học viên được thực hành sơ cứu đuối nước, hóc dị vật và gãy xương.", "br"),
            Img("/uploads/tin-tuc/2026/10/tap-huan-y-te.jpg", "Học viên thực hành sơ cứu",
                "Học viên thực hành sơ cứu", style="lazy"),
            _right("Bàn Thị Hoa (Trung tâm Kiểm soát bệnh tật tỉnh)"),
        ],
        authors=["Bàn Thị Hoa"],
        opts={"date": "std", "printed": "Thứ Sáu, 30/10/2026 - 14:00"},
    ),
    Story(
        id=2391,
        slug="hoi-thao-doi-moi-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc",
        title="Hội thảo đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học",
        cat="ttsk",
        published_at="2026-10-21T08:30:00+07:00",
        summary=(
            "Hội thảo thu hút 150 cán bộ quản lý, giáo viên cốt cán cấp THCS, THPT toàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P("Theo kế hoạch, mỗi tổ chuyên môn tổ chức ít nhất hai chuyên đề nghiên cứu bài học "
              "trong học kỳ I."),
            P("Các đại biểu đã dự giờ minh họa môn Ngữ văn lớp 10 tại Trường THPT Tân Trào và thảo "
              "luận về cách quan sát học sinh học."),
            _right("ThS. Lương Thị Hạnh - Phó Trưởng phòng GDTrH"),
        ],
        authors=["Lương Thị Hạnh"],
        opts={"date": "std", "printed": "Thứ Tư, 21/10/2026 - 08:30"},
    ),
    Story(
        id=2429,
        slug="ke-hoach-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        title="Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
        cat="gdth",
        published_at="2026-12-03T10:20:00+07:00",
        summary="Sở GD&ĐT ban hành kế hoạch tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 "
                "năm học 2026-2027.",
        sapo_outside=True,
        blocks=[
            P("Một số nội dung chính của kế hoạch:"),
            P("Thời gian thi: ngày 06 và 07/01/2027.", "li"),
            P("Môn thi: 10 môn văn hóa theo chương trình giáo dục phổ thông 2018.", "li"),
            P("Địa điểm: Trường THPT Chuyên Tuyên Quang.", "li"),
            P("Các đơn vị gửi hồ sơ đăng ký dự thi về Phòng GDTrH trước ngày 20/12/2026."),
        ],
        opts={"date": "std", "printed": "Thứ Năm, 03/12/2026 - 10:20", "featured": True,
              "attach": "KH-HSG-lop12-2026.pdf"},
    ),
    Story(
        id=2419,
        slug="huong-dan-kiem-tra-danh-gia-hoc-ky-i-cap-thcs-thpt",
        title="Hướng dẫn kiểm tra, đánh giá học kỳ I cấp THCS, THPT",
        cat="gdth",
        published_at="2026-11-25T16:45:00+07:00",
        summary="Sở GD&ĐT hướng dẫn các đơn vị tổ chức kiểm tra, đánh giá cuối học kỳ I năm học "
                "2026-2027.",
        sapo_outside=True,
        blocks=[
            P("1. Yêu cầu chung", "h"),
            P("Đề kiểm tra bảo đảm mức độ nhận biết, thông hiểu, vận dụng theo ma trận đã thống "
              "nhất trong tổ chuyên môn."),
            P("2. Thời gian tổ chức", "h"),
            P("Các trường hoàn thành kiểm tra cuối học kỳ I trước ngày 10/01/2027."),
            _right("Đỗ Quang Vinh"),
        ],
        authors=["Đỗ Quang Vinh"],
        opts={"date": "std", "printed": "Thứ Tư, 25/11/2026 - 16:45"},
    ),
    Story(
        id=2403,
        slug="trien-khai-hoc-ba-so-cap-thpt-tren-toan-tinh",
        title="Triển khai học bạ số cấp THPT trên toàn tỉnh",
        cat="cds",
        published_at="2026-11-06T08:00:00+07:00",
        summary="Từ học kỳ I năm học 2026-2027, 100% trường THPT trên địa bàn tỉnh sử dụng học bạ "
                "số thay cho học bạ giấy.",
        sapo_outside=True,
        blocks=[
            P("Học bạ số được ký bằng chữ ký số của giáo viên chủ nhiệm và hiệu trưởng, kết nối với "
              "cơ sở dữ liệu ngành."),
            Img("/uploads/tin-tuc/2026/11/hoc-ba-so.jpg", "Giáo viên ký số học bạ trên phần mềm",
                "Giáo viên ký số học bạ trên phần mềm", style="next"),
            P("Phụ huynh có thể tra cứu học bạ của con qua ứng dụng trên điện thoại."),
        ],
        authors=["Trần Văn Minh"],
        opts={"date": "std", "printed": "Thứ Sáu, 06/11/2026 - 08:00",
              "tacgia": "Trần Văn Minh (Văn phòng Sở)"},
    ),
    Story(
        id=2412,
        slug="chuyen-de-xay-dung-truong-mam-non-lay-tre-lam-trung-tam-tai-son-duong",
        title='Chuyên đề "Xây dựng trường mầm non lấy trẻ làm trung tâm" tại Sơn Dương',
        cat="mnth",
        published_at="2026-11-17T14:10:00+07:00",
        summary="Ngày 17/11, tại Trường Mầm non Hợp Thành, Sở GD&ĐT tổ chức chuyên đề cấp tỉnh về "
                "xây dựng trường mầm non lấy trẻ làm trung tâm.",
        sapo_outside=True,
        blocks=[
            P("Các đại biểu tham quan môi trường giáo dục trong và ngoài lớp học, dự hoạt động "
              "học của trẻ 5 tuổi."),
            Img("/uploads/tin-tuc/2026/11/mam-non-hop-thanh.jpg", "Ảnh: Hà Trang", None,
                style="credit"),
            P("Chuyên đề giúp cán bộ quản lý, giáo viên mầm non có thêm kinh nghiệm tổ chức hoạt "
              "động theo hướng trải nghiệm."),
            _right("Nông Thị Thúy - Phòng GDMN-GDTH"),
        ],
        authors=["Nông Thị Thúy"],
        photographers=["Hà Trang"],
        opts={"date": "std", "printed": "Thứ Ba, 17/11/2026 - 14:10"},
    ),
    Story(
        id=2433,
        slug="thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
        title="Thông báo tuyển dụng viên chức giáo dục năm 2026",
        cat="tb",
        published_at="2026-12-01",
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                '<td style="text-align:center;width:40%">UBND TỈNH TUYÊN QUANG<br />'
                "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />Số: 2145/TB-SGDĐT</td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />'
                "Độc lập - Tự do - Hạnh phúc</strong><br /><em>Tuyên Quang, ngày 01 tháng 12 năm "
                "2026</em></td></tr></tbody></table>"
            ),
            Raw('<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align:center"><strong>Về việc tuyển dụng viên chức giáo dục '
                "năm 2026</strong></p>"),
            P("Căn cứ Kế hoạch số 318/KH-UBND ngày 15/10/2026 của UBND tỉnh, Sở GD&ĐT thông báo "
              "tuyển dụng 86 chỉ tiêu viên chức giáo viên các cấp học."),
            P("Thời gian nhận phiếu đăng ký dự tuyển: từ ngày 02/12/2026 đến hết ngày 31/12/2026."),
            P("Địa điểm nhận phiếu: Phòng Tổ chức cán bộ, Sở GD&ĐT tỉnh Tuyên Quang."),
            Raw(
                '<table border="0" style="width:100%"><tbody><tr><td style="width:50%">'
                "<strong><em>Nơi nhận:</em></strong><br />- UBND tỉnh (b/c);<br />- Các trường "
                "trực thuộc;<br />- Lưu: VT, TCCB.</td>"
                '<td style="text-align:center"><strong>GIÁM ĐỐC</strong><br /><br /><br />'
                "<strong>Hà Trung Kiên</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Hà Trung Kiên"],
        opts={"date": "std", "printed": "Thứ Tư, 02/12/2026 - 07:45"},
    ),
    Story(
        id=2425,
        slug="thong-bao-lich-nghi-tet-duong-lich-2027",
        title="Thông báo lịch nghỉ Tết Dương lịch 2027",
        cat="tb",
        published_at="2026-11-27T11:00:00+07:00",
        blocks=[
            P("Sở GD&ĐT thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với cán bộ, công chức, "
              "viên chức và học sinh như sau:"),
            P("Thời gian nghỉ: từ ngày 01/01/2027 đến hết ngày 03/01/2027.", "emoji"),
            P("Học sinh đi học trở lại từ thứ Hai, ngày 04/01/2027.", "emoji"),
            _right("BBT"),
        ],
        opts={"date": "std", "printed": "Thứ Sáu, 27/11/2026 - 11:00"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _order(s: Story) -> str:
    return s.published_at or ""


def _in_cat(key: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == key), key=_order, reverse=True)


def _posted(s: Story) -> str:
    """The day the list pages print (posting day)."""
    m = re.search(r"(\d{2}/\d{2}/\d{4})", s.opts["printed"])
    return m.group(1) if m else ""


def path_of(s: Story) -> str:
    return f"/tin-tuc/chi-tiet/{s.id}/{s.slug}"


def short_path(s: Story) -> str:
    return f"/tin-tuc/chi-tiet/{s.id}/{'-'.join(s.slug.split('-')[:6])}"


def related(s: Story) -> list[Story]:
    """"Tin cùng chuyên mục": the category's 4 newest other posts."""
    return [o for o in _in_cat(s.cat) if o.id != s.id][:4]


def alt_paths(s: Story) -> list[str]:
    out = []
    if s.opts.get("featured"):
        out.append("/index.php" + path_of(s))
    if short_path(s) != path_of(s) and any(s in related(o) for o in STORIES):
        out.append(short_path(s))
    return out


# --- chrome ----------------------------------------------------------------------------------

MENU = [
    ("Giới thiệu", [("Giới thiệu chung", "/trang/gioi-thieu"),
                    ("Cơ cấu tổ chức", "/trang/co-cau-to-chuc")]),
    ("Tin tức", [(CATS[k].name, f"/tin-tuc/danh-muc/{CATS[k].slug}") for k in ("ttsk", "cds")]),
    ("Chuyên môn", [(CATS[k].name, f"/tin-tuc/danh-muc/{CATS[k].slug}") for k in ("gdth", "mnth")]),
    ("Thông báo", f"/tin-tuc/danh-muc/{CATS['tb'].slug}"),
    ("Văn bản", "/van-ban"),
    ("Liên hệ", "/trang/lien-he"),
]


def _menu() -> str:
    items = ['<li class="active"><a href="/"><i class="glyphicon glyphicon-home"></i></a></li>']
    for label, target in MENU:
        if isinstance(target, str):
            items.append(f'<li><a href="{target}">{esc(label)}</a></li>')
        else:
            subs = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in target)
            items.append(
                f'<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown" '
                f'role="button" aria-expanded="false">{esc(label)} <span class="caret"></span></a>'
                f'<ul class="dropdown-menu" role="menu">{subs}</ul></li>'
            )
    return "".join(items)


def _sidebar() -> str:
    most = [BY_ID[2422], BY_ID[2415], BY_ID[2431], BY_ID[2427]]
    most_html = "".join(
        f'<li><span class="badge">{i}</span> <a href="{path_of(s)}">{esc(s.title)}</a></li>'
        for i, s in enumerate(most, 1)
    )
    return f"""
<div class="col-md-3 col-sm-4" id="cot_phai">
 <div class="panel panel-primary bl-xemnhieu"><div class="panel-heading"><h3 class="panel-title">Tin đọc nhiều</h3></div>
  <div class="panel-body"><ul class="list-unstyled ds-xemnhieu">{most_html}</ul></div></div>
 <div class="panel panel-primary"><div class="panel-heading"><h3 class="panel-title">Liên kết website</h3></div>
  <div class="panel-body">
   <select class="form-control" onchange="window.open(this.value)">
    <option value="">-- Chọn liên kết --</option>
    <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
    <option value="https://tuyenquang.gov.vn">Cổng TTĐT tỉnh Tuyên Quang</option>
   </select>
   <a href="https://www.facebook.com/sogddt.tuyenquang" target="_blank" rel="noopener"><img src="/public/frontend/images/banner-facebook.png" class="img-responsive" alt="Facebook"></a>
  </div></div>
 <div class="panel panel-primary"><div class="panel-heading"><h3 class="panel-title">Thăm dò ý kiến</h3></div>
  <div class="panel-body"><form method="post" action="/binh-chon/gui">
   <input type="hidden" name="csrf_sgd_token" value="8f3a1c27d9e04b56a1e2c3d4f5a6b7c8">
   <p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>
   <div class="radio"><label><input type="radio" name="pa" value="1"> Đẹp, dễ sử dụng</label></div>
   <div class="radio"><label><input type="radio" name="pa" value="2"> Bình thường</label></div>
   <button type="submit" class="btn btn-primary btn-xs">Bình chọn</button></form></div></div>
 <div class="panel panel-primary"><div class="panel-heading"><h3 class="panel-title">Thống kê truy cập</h3></div>
  <div class="panel-body tk-truycap"><p>Đang online: <b>37</b></p><p>Hôm nay: <b>1.254</b></p>
  <p>Tổng truy cập: <b>2.871.906</b></p></div></div>
</div>"""


def _page(request: Request, title_html: str, main: str, head_extra: str = "") -> Response:
    return html(f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title_html}</title>
<link href="/public/frontend/bootstrap/css/bootstrap.min.css" rel="stylesheet">
<link href="/public/frontend/css/style.css?v=3.2.7" rel="stylesheet">
{head_extra}
</head><body>
<div class="topbar"><div class="container"><span class="ngay-hien-tai"><i class="glyphicon glyphicon-time"></i> {TODAY_HEADER}</span>
<form class="navbar-form pull-right" method="get" action="/tim-kiem"><input type="text" name="tu_khoa" class="form-control input-sm" placeholder="Tìm kiếm..."><button class="btn btn-default btn-sm" type="submit">Tìm</button></form></div></div>
<div class="banner"><div class="container"><a href="/"><img src="/public/frontend/images/logo-sgd.png" alt="Logo" class="pull-left"></a>
<h1 class="ten-don-vi">{SITE}</h1><p class="slogan">Cổng thông tin điện tử</p></div></div>
<nav class="navbar navbar-default menu-chinh"><div class="container">
<div class="navbar-header"><button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#menu-top"><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
<div class="collapse navbar-collapse" id="menu-top"><ul class="nav navbar-nav">{_menu()}</ul></div></div></nav>
<div class="container"><div class="row">
<div class="col-md-9 col-sm-8" id="noidung_chinh">
{main}
</div>
{_sidebar()}
</div></div>
<footer class="footer"><div class="container">
<p><strong>{SITE}</strong></p>
<p>Địa chỉ: Số 12 đường 17/8, phường Minh Xuân, thành phố Tuyên Quang, tỉnh Tuyên Quang</p>
<p>Điện thoại: 0207.3822.456 - Email: sogddt@tuyenquang.edu.vn</p>
<p>Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Tuyên Quang. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="small text-muted">Thiết kế và phát triển bởi Công ty CP Giải pháp phần mềm Tân Việt - Page rendered in 0.0412 seconds</p>
</div></footer>
<script src="/public/frontend/js/jquery-1.12.4.min.js"></script>
<script src="/public/frontend/bootstrap/js/bootstrap.min.js"></script>
<script src="/public/frontend/js/jquery.lazyload.min.js"></script>
<script>$(function(){{$("img.lazy").lazyload({{effect:"fadeIn"}});}});</script>
</body></html>""")


def _crumbs(*items: tuple[str, str | None]) -> str:
    parts = ['<li><a href="/">Trang chủ</a></li>']
    for label, href in items:
        if href:
            parts.append(f'<li><a href="{href}">{esc(label)}</a></li>')
        else:
            parts.append(f'<li class="active">{esc(label)}</li>')
    return f'<ol class="breadcrumb">{"".join(parts)}</ol>'


# --- post body -------------------------------------------------------------------------------


def _img_html(img: Img) -> str:
    src = esc(img.src)
    line = esc(img.printed or "")
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl_anh" '
            f'style="width:560px"><tbody><tr><td><img alt="" src="{src}" style="width:560px" />'
            f'</td></tr><tr><td style="text-align:center"><em>{line}</em></td></tr></tbody></table>'
        )
    if img.style == "lazy":
        return (
            f'<p style="text-align:center"><img class="lazy img-responsive" src="{LOADING}" '
            f'data-original="{src}" alt="" /></p>'
            f'<p style="text-align:center"><em>{line}</em></p>'
        )
    if img.style == "credit":
        return (
            f'<p style="text-align:center"><img src="{src}" alt="mam-non-hop-thanh.jpg" '
            f'style="width:100%" /></p><p style="text-align:right"><em>{line}</em></p>'
        )
    if img.style == "col":
        return (
            f'<div class="col-xs-6"><img src="{src}" class="img-responsive" alt="" />'
            f'<p class="chuthich">{line}</p></div>'
        )
    return (
        f'<p style="text-align:center"><img src="{src}" alt="" style="width:600px" /></p>'
        f'<p style="text-align:center"><span style="font-size:12px"><em>{line}</em></span></p>'
    )


def _body_html(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "col":
                cols = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "col":
                    cols.append(_img_html(blocks[i]))
                    i += 1
                out.append(f'<div class="row anh-doi">{"".join(cols)}</div>')
                continue
            out.append(_img_html(b))
            i += 1
            continue
        style = b.style
        if style in ("tr", "li", "br", "brlead"):
            group_styles = {"tr"} if style == "tr" else {"li"} if style == "li" else {"br", "brlead"}
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in group_styles:
                group.append(blocks[i])
                i += 1
            if style == "tr":
                rows = []
                for n, row in enumerate(group):
                    tag = "th" if n == 0 else "td"
                    cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in row.text.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                out.append('<table class="table table-bordered" border="1" cellpadding="4" '
                           f'style="width:100%"><tbody>{"".join(rows)}</tbody></table>')
            elif style == "li":
                out.append("<ol>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + "</ol>")
            else:
                lines = [
                    f"<b>{esc(p.text)}</b>" if p.style == "brlead" else esc(p.text) for p in group
                ]
                out.append('<div style="text-align:justify">' + "<br />\n<br />\n".join(lines)
                           + "</div>")
            continue
        if style == "h":
            out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
        elif style == "emoji":
            out.append('<p><img alt="👉" class="emoji" src="/public/frontend/images/emoji/1f449.png" '
                       f'style="width:16px" /> {esc(b.text)}</p>')
        else:
            out.append(f'<p style="text-align:justify">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


PHP_ERROR = """<div style="border:1px solid #990000;padding-left:20px;margin:0 0 10px 0;">
<h4>A PHP Error was encountered</h4>
<p>Severity: Notice</p>
<p>Message:  Undefined index: anh_dai_dien</p>
<p>Filename: tintuc/chitiet.php</p>
<p>Line Number: 57</p>
<p>Backtrace:</p>
<p style="margin-left:10px">File: application/views/tintuc/chitiet.php<br />
Line: 57<br />Function: _error_handler</p>
</div>"""


def _date_html(s: Story) -> str:
    kind = s.opts["date"]
    if kind == "timefirst":
        return f'<span class="ngay-ct"><i class="glyphicon glyphicon-time"></i> {s.opts["printed"]}</span>'
    if kind == "updated_first":
        return (f'<span class="ngay-capnhat">{s.opts["updated"]}</span> &nbsp;|&nbsp; '
                f'<span class="ngay-ct">{s.opts["printed"]}</span>')
    return f'<span class="ngay-ct"><i class="glyphicon glyphicon-calendar"></i> {s.opts["printed"]}</span>'


def _post(request: Request, s: Story) -> Response:
    cat = CATS[s.cat]
    canonical = base_url(request) + path_of(s)
    twice = esc(esc(s.title))
    meta = [_date_html(s), f'<span><i class="glyphicon glyphicon-eye-open"></i> Lượt xem: {s.views()}</span>',
            '<span><i class="glyphicon glyphicon-user"></i> Người đăng: quantri_sgd</span>']
    if s.opts.get("tacgia"):
        meta.append(f'<span class="tacgia-ct">Tác giả: {esc(s.opts["tacgia"])}</span>')
    sapo = ""
    if s.summary and s.sapo_outside:
        sapo = f'<div class="tomtat_ct"><strong>{esc(s.summary)}</strong></div>'
    attach = ""
    if s.opts.get("attach"):
        fname = s.opts["attach"]
        attach = (f'<div class="dinhkem-ct"><i class="glyphicon glyphicon-paperclip"></i> Tệp đính kèm: '
                  f'<a href="/uploads/files/2026/12/{fname}" target="_blank">{fname}</a></div>')
    rel = "".join(
        f'<li><i class="glyphicon glyphicon-menu-right"></i> <a href="{short_path(o)}">{esc(o.title)}</a> '
        f'<span class="text-muted">({_posted(o)})</span></li>'
        for o in related(s)
    )
    print_head = (
        '<div class="visible-print-block"><p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG</strong></p>'
        "<p>Số 12 đường 17/8, phường Minh Xuân, thành phố Tuyên Quang</p>"
        f"<p>In từ: {esc(canonical)}</p></div>"
    )
    main = f"""{_crumbs((cat.name, None))}
<div class="panel panel-default khung-ct"><div class="panel-body">
<h2 class="tieude_ct">{esc(s.title)}</h2>
<div class="tt-ct text-muted">{' &nbsp; '.join(meta)}</div>
{sapo}
<div class="nd_ct" id="nd_{s.id}">
{print_head}
{PHP_ERROR if s.opts.get("php_error") else ""}
{_body_html(s)}
</div>
{attach}
<div class="congcu_ct clearfix"><div class="pull-right">
<a href="javascript:window.print()" class="btn btn-default btn-xs"><i class="glyphicon glyphicon-print"></i> In bài viết</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={esc(canonical)}" target="_blank" class="btn btn-primary btn-xs">Chia sẻ Facebook</a>
<a href="javascript:history.back()" class="btn btn-default btn-xs">Quay lại</a></div></div>
<div class="tin-khac"><h4 class="tieude-tinkhac">Tin cùng chuyên mục</h4><ul class="list-unstyled">{rel}</ul></div>
</div></div>"""
    head = (
        f'<link rel="canonical" href="{esc(canonical)}">\n'
        f'<meta property="og:title" content="{twice}">\n'
        f'<meta property="og:url" content="{esc(canonical)}">\n'
        f'<meta name="description" content="{esc(s.summary or s.title)}">'
    )
    return _page(request, f"{twice} | Sở GD&amp;ĐT Tuyên Quang", main, head)


# --- lists and home --------------------------------------------------------------------------


def _thumb(s: Story) -> str:
    img = s.images[0].src if s.images else "/public/frontend/images/no-image.jpg"
    folder, name = img.rsplit("/", 1)
    return f"{folder}/thumb_{name}" if s.images else img


def _cut(text: str, n: int = 70) -> str:
    if len(text) <= n:
        return text
    return text[:n].rsplit(" ", 1)[0] + "&#8230;"


def _media(s: Story) -> str:
    lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return (
        f'<div class="media"><div class="media-left"><a href="{path_of(s)}"><img class="media-object" '
        f'src="{_thumb(s)}" width="160" alt=""></a></div><div class="media-body">'
        f'<h4 class="media-heading"><a href="{path_of(s)}" title="{esc(s.title)}">{_cut(esc(s.title))}</a></h4>'
        f'<p class="ngay-ds text-muted"><i class="glyphicon glyphicon-calendar"></i> {_posted(s)}</p>'
        f'<p class="mota-ds">{esc(_cut(lead, 160))}</p></div></div>'
    )


def _listing(request: Request, key: str, offset: int) -> Response | None:
    items = _in_cat(key)
    if offset < 0 or offset % PER_PAGE or (offset and offset >= len(items)):
        return None
    cat = CATS[key]
    base = f"/tin-tuc/danh-muc/{cat.slug}"
    chunk = items[offset:offset + PER_PAGE]
    pager = ""
    if len(items) > PER_PAGE:
        last = (len(items) - 1) // PER_PAGE * PER_PAGE
        lis = []
        if offset:
            lis.append(f'<li><a href="{base}">&laquo; Đầu</a></li>')
            lis.append(f'<li><a href="{base}{"/" + str(offset - PER_PAGE) if offset > PER_PAGE else ""}">&lsaquo; Trang trước</a></li>')
        for page_off in range(0, last + 1, PER_PAGE):
            label = page_off // PER_PAGE + 1
            if page_off == offset:
                lis.append(f'<li class="active"><a href="#">{label}</a></li>')
            else:
                lis.append(f'<li><a href="{base}{"/" + str(page_off) if page_off else ""}" '
                           f'data-ci-pagination-page="{label}">{label}</a></li>')
        if offset < last:
            lis.append(f'<li><a href="{base}/{offset + PER_PAGE}" rel="next">Trang sau &rsaquo;</a></li>')
            lis.append(f'<li><a href="{base}/{last}">Cuối &raquo;</a></li>')
        pager = f'<nav><ul class="pagination pagination-sm">{"".join(lis)}</ul></nav>'
    main = (
        f'{_crumbs((cat.name, None))}<div class="panel panel-default"><div class="panel-heading">'
        f'<h3 class="panel-title">{esc(cat.name)}</h3></div><div class="panel-body ds-tin">'
        f'{"".join(_media(s) for s in chunk)}</div></div>{pager}'
    )
    return _page(request, f"{esc(cat.name)} | Sở GD&amp;ĐT Tuyên Quang", main)


def _home(request: Request) -> Response:
    featured = [s for s in sorted(STORIES, key=_order, reverse=True) if s.opts.get("featured")]
    slides = "".join(
        f'<div class="item{" active" if n == 0 else ""}"><a href="/index.php{path_of(s)}">'
        f'<img src="{_thumb(s)}" alt=""><div class="carousel-caption"><h3>{esc(s.title)}</h3></div></a></div>'
        for n, s in enumerate(featured)
    )
    newest = sorted(STORIES, key=_order, reverse=True)[:5]
    newest_html = "".join(
        f'<li><a href="{path_of(s)}">{esc(s.title)}</a> <span class="text-muted">({_posted(s)})</span></li>'
        for s in newest
    )
    blocks = []
    for key, n in (("ttsk", 3), ("gdth", 2), ("tb", 2)):
        cat = CATS[key]
        blocks.append(
            f'<div class="panel panel-default khoi-cm"><div class="panel-heading"><h3 class="panel-title">'
            f'<a href="/tin-tuc/danh-muc/{cat.slug}">{esc(cat.name)}</a></h3></div><div class="panel-body">'
            f'{"".join(_media(s) for s in _in_cat(key)[:n])}</div></div>'
        )
    main = f"""<div id="slide-tin" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div>
<a class="left carousel-control" href="#slide-tin" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
<a class="right carousel-control" href="#slide-tin" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Tin mới</h3></div>
<div class="panel-body"><ul class="list-unstyled tin-moi">{newest_html}</ul></div></div>
{"".join(blocks)}"""
    return _page(request, "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang - Cổng thông tin điện tử", main)


# --- non-articles ----------------------------------------------------------------------------

PAGES = {
    "gioi-thieu": ("Giới thiệu chung", [
        "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, "
        "giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo.",
        "Sở chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của UBND tỉnh, đồng thời "
        "chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Bộ GD&ĐT.",
    ]),
    "co-cau-to-chuc": ("Cơ cấu tổ chức", [
        "Lãnh đạo Sở: Giám đốc và 03 Phó Giám đốc.",
        "Các phòng chuyên môn: Văn phòng, Phòng Tổ chức cán bộ, Phòng Kế hoạch - Tài chính, Phòng "
        "GDMN-GDTH, Phòng GDTrH, Phòng Quản lý chất lượng, Thanh tra Sở.",
    ]),
    "lien-he": ("Liên hệ", [
        "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang",
        "Địa chỉ: Số 12 đường 17/8, phường Minh Xuân, thành phố Tuyên Quang",
        "Điện thoại: 0207.3822.456 - Email: sogddt@tuyenquang.edu.vn",
    ]),
}

DOCS = {
    1251: ("2140/QĐ-SGDĐT", "30/11/2026", "Quyết định ban hành Quy chế thi chọn học sinh giỏi cấp tỉnh"),
    1248: ("2087/SGDĐT-GDTrH", "20/11/2026", "Về việc hướng dẫn kiểm tra, đánh giá học kỳ I năm học 2026-2027"),
    1245: ("1996/KH-SGDĐT", "05/11/2026", "Kế hoạch triển khai học bạ số năm học 2026-2027"),
}


def _static_page(request: Request, slug: str) -> Response | None:
    if slug not in PAGES:
        return None
    title, paras = PAGES[slug]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = (f'{_crumbs((title, None))}<div class="panel panel-default"><div class="panel-body">'
            f'<h2 class="tieude_trang">{esc(title)}</h2><div class="nd_trang">{body}</div></div></div>')
    return _page(request, f"{esc(title)} | Sở GD&amp;ĐT Tuyên Quang", main)


def _doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{so}</td><td>{day}</td><td><a href="/van-ban/chi-tiet/{i}">{esc(ty)}</a></td></tr>'
        for i, (so, day, ty) in DOCS.items()
    )
    main = (f'{_crumbs(("Văn bản", None))}<table class="table table-striped table-bordered">'
            f"<thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>")
    return _page(request, "Văn bản | Sở GD&amp;ĐT Tuyên Quang", main)


def _doc(request: Request, doc_id: int) -> Response | None:
    if doc_id not in DOCS:
        return None
    so, day, ty = DOCS[doc_id]
    fname = so.replace("/", "-") + ".pdf"
    main = (f'{_crumbs(("Văn bản", "/van-ban"), (so, None))}<div class="panel panel-default"><div class="panel-body">'
            f'<h2 class="tieude_vb">{esc(ty)}</h2><table class="table table-bordered ct-vanban"><tbody>'
            f"<tr><th>Số ký hiệu</th><td>{so}</td></tr><tr><th>Ngày ban hành</th><td>{day}</td></tr>"
            f"<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>"
            f"<tr><th>Trích yếu</th><td>{esc(ty)}</td></tr>"
            f'<tr><th>Tệp tin</th><td><a href="/uploads/van-ban/{fname}">{fname}</a></td></tr>'
            f"</tbody></table></div></div>")
    return _page(request, f"{esc(ty)} | Sở GD&amp;ĐT Tuyên Quang", main)


def _search(request: Request) -> Response:
    q = request.params.get("tu_khoa", "")
    main = (f'{_crumbs(("Tìm kiếm", None))}<p>Kết quả tìm kiếm cho "<b>{esc(q)}</b>": '
            "không tìm thấy bài viết phù hợp.</p>")
    return _page(request, "Tìm kiếm | Sở GD&amp;ĐT Tuyên Quang", main)


# --- routing ---------------------------------------------------------------------------------

_POST = re.compile(r"^/tin-tuc/chi-tiet/(\d+)/([a-z0-9-]+)/?$")
_LIST = re.compile(r"^/tin-tuc/danh-muc/([a-z0-9-]+)(?:/(\d+))?/?$")
_PAGE = re.compile(r"^/trang/([a-z0-9-]+)/?$")
_DOC = re.compile(r"^/van-ban/chi-tiet/(\d+)/?$")
_CAT_BY_SLUG = {c.slug: k for k, c in CATS.items()}


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/index.php"):
            path = path[len("/index.php"):] or "/"
        if path.startswith(("/uploads/", "/public/")):
            if path.endswith(".pdf"):
                return Response(200, b"%PDF-1.4\n%%EOF\n", {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return _home(request)
        if m := _POST.match(path):
            s = BY_ID.get(int(m.group(1)))
            return _post(request, s) if s else None
        if m := _LIST.match(path):
            key = _CAT_BY_SLUG.get(m.group(1))
            return _listing(request, key, int(m.group(2) or 0)) if key else None
        if m := _PAGE.match(path):
            return _static_page(request, m.group(1))
        if path in ("/van-ban", "/van-ban/"):
            return _doc_list(request)
        if m := _DOC.match(path):
            return _doc(request, int(m.group(1)))
        if path == "/tim-kiem":
            return _search(request)
        if path == "/binh-chon/gui" and request.method == "POST":
            return _page(request, "Bình chọn", "<p>Cảm ơn bạn đã tham gia bình chọn.</p>")
        return None


def build_site() -> Site:
    return Site()


GOLD = [
    gold_record(s, path_of(s), CATS[s.cat].name, alt_paths=alt_paths(s))
    for s in sorted(STORIES, key=_order, reverse=True)
]

NON_ARTICLES = [
    "/trang/gioi-thieu",
    "/trang/co-cau-to-chuc",
    "/trang/lien-he",
    "/van-ban/chi-tiet/1251",
    "/van-ban/chi-tiet/1248",
    "/van-ban/chi-tiet/1245",
]
