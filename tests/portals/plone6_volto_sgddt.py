"""Plone 6 with the Volto (React) front end, server-side rendered: the portal of a provincial
Department of Education and Training (Sở Giáo dục và Đào tạo tỉnh Quảng Trị), built by a project
funded by the European Union ("Dự án EU-EDUDIGI").

Platform and URL scheme
-----------------------
Volto renders every page on the server (one long line of React markup with ``<!-- -->`` text
separators) and ships the whole Redux state in ``window.__data``. Content lives in folders:

- ``/tin-tuc/<slug>``        News Items of "Tin tức - Sự kiện" (8 gold articles)
- ``/thong-bao/<slug>``      News Items of "Thông báo" (3 gold) mixed with File and Link items
- ``/chuyen-doi-so/<slug>``  News Items of "Chuyển đổi số" (2 gold)
- ``/<folder>?b_start=N``    the folder's listing block, batched Plone-style by offset
                             (6 a page in /tin-tuc, 5 in /thong-bao)
- ``<item>/view``            the classic default-view suffix: Volto serves the same page
- ``<item>/@@print``         the classic print template (plain Plone markup), linked "In bài"
- ``<item>/@@images/image/{preview,thumb,teaser}`` the lead image's scales;
  ``<item>/<image-id>.jpg/@@images/image/large`` pictures placed in the text;
  ``/resolveuid/<uid>/@@images/image/large`` an unresolved link left by the Plone 4 migration
- ``<file>/@@download/file`` the PDFs of File items (Volto's ``downloadableObjects``)
- ``/++api++/<path>`` Volto's proxy to the REST API (JSON); no page links to it
- ``/search?Subject=<tag>`` tag pages, ``/search?SearchableText=`` the header's search form

Page templates
--------------
Home (hero teaser, listing blocks per section, documents, album and video teasers), folder
pages (title + listing block with a pagination menu), News Item view (breadcrumb, h1
``documentFirstHeading``, a vendor meta line, ``documentDescription``, the blocks, tags, share
bar, feedback widget), print view, File view (văn bản), album (image gallery), video page,
intro/contact Documents, the weekly work calendar, search, login. Every Volto page has the
cookie banner (EU rules), the top bar with today's date, the drop-down menu, the right column
(most read, links, poll, visitor counter) and the footer with the EU disclaimer.

How each gold article is reached
--------------------------------
- tin-tuc: A1-A4 from the home listing block and /tin-tuc; A5, A6 from /tin-tuc (page 1); A6
  also from A5's "Tin cùng chuyên mục" block, A1's "Tin liên quan" (as A6/view) and its tag
  page; A7, A8 **only** from /tin-tuc?b_start=6.
- thong-bao: N1, N2 from the home page and /thong-bao; N3 **only** from /thong-bao?b_start=5
  (page 1 is filled up by File and Link items).
- chuyen-doi-so: C1 from the home page and /chuyen-doi-so; C2 from /chuyen-doi-so, the tag page
  and C1's "Xem thêm" link (which points to C2/view).

Traps
-----
1. Hydration blob: every page carries ``window.__data`` with the full content object (text as
   slate ``plaintext``, UTC dates, ``@id`` on the backend ``http://localhost:8080/Plone/...``)
   and ``og:url`` prints the backend address too. Gold: text, dates and URLs come from the
   rendered page; the canonical is the ``<link rel="canonical">`` path on this host.
2. UTC machine dates: ``<time datetime>`` attributes and the blob say ``+00:00``. A5 was
   published 10/11/2026 06:45 local, its attribute says 2026-11-09T23:45:00+00:00. Gold: the
   printed local time with +07:00 ("2026-11-10T06:45:00+07:00"). The meta line prints "Cập nhật
   lần cuối" (modified) *before* "Ngày đăng"; gold is "Ngày đăng". A6 prints "05/11/2026 00:00"
   (migrated item without time): gold the day alone "2026-11-05".
3. Duplicate URLs: every item answers at ``/view`` (linked from "Tin liên quan" and "Xem thêm"
   lines) and at ``/@@print`` (the "In bài" button; classic Plone markup). Gold: one record per
   article, canonical ``/<folder>/<slug>``, ``/view`` and ``/@@print`` in ``alt_paths``.
4. Listing blocks inside the text: A1, A3 and A5 end with a "Tin cùng chuyên mục" listing block
   and A4 has a teaser block in the middle, all inside ``#page-document`` with ``<h3>`` titles
   and description ``<p>`` that read like text. C2 opens with a table-of-contents block that
   repeats its headings. Gold: none of this is body (the headings themselves are).
5. Captions Volto-style: ``<figcaption>`` with a ``title`` div and a ``credits`` div
   ("Ảnh: Bảo Ngọc"): caption = the title only, the credit is the photographer; a figcaption
   holding only "Ảnh: Thanh Hà" is no caption (None); A3/A7 print the caption as an italic
   paragraph in parentheses after the image block (caption without parentheses, not body).
   The ``alt`` attributes carry the article title, never the caption. Listing/teaser thumbnails
   (``@@images/image/thumb|teaser``) and ``og:image`` (a lead image the page does not show) are
   not article images.
6. Official notice N1: letterhead table, "Số: 2145/TB-SGDĐT", "Quảng Trị, ngày 30 tháng 11 năm
   2026", "THÔNG BÁO / Về việc ...", then "Nơi nhận" and "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / (Đã ký) /
   Trần Văn Hưng", plus a file-attachment line. The meta line says "Ngày đăng: 02/12/2026 09:15".
   Gold: date "2026-11-30", author ["Trần Văn Hưng"], body only the notice's own paragraphs.
7. Plone 4 migration leftovers (A6): the text is an HTML block pasted from Word (``MsoNormal``,
   ``<o:p>``, ``mso-list:Ignore`` bullets, a Word footnote "[1]" and its note at the end, an
   image through ``resolveuid`` with a ``MsoCaption`` line). Gold: the bullets' markers are no
   text, "[1]" stays as printed, the note is the last paragraph, the caption is the caption.
8. Decomposed Unicode (A3): the editor typed with "Unicode tổ hợp", so the title, the text and
   the listing entries are NFD. Gold: NFC.
9. Collapsed accordion (N2): the FAQ panels 2 and 3 are rendered closed (``height:0``,
   ``display:none``, ``aria-hidden``). Gold: all panel titles and texts are body, in order.
10. Bylines: the meta line's "Người đăng: bientap.gdtrh" is a CMS account (nobody); the real
    signature is the right-aligned last paragraph: "Tin, ảnh: Hoàng Anh" (both), "Tin: Lê Minh -
    Ảnh: Thanh Hà", "ThS. Nguyễn Thị Thu Hà", "Thanh Tâm (Trường THCS Nguyễn Trãi)", "Nguyễn Hữu
    Phước - Trung tâm Thông tin - Chuyển đổi số", units signing alone ("Trường THPT Lê Lợi",
    "Phòng Giáo dục Trung học", "Văn phòng Sở"), "Nguồn: Báo và Phát thanh, Truyền hình Quảng
    Trị" (source, no author). Footer names (Trưởng Ban biên tập) are chrome.
11. Chrome that reads like text: the cookie banner before the header, the EU disclaimer in the
    footer, the "Thông tin trên trang này có hữu ích?" feedback widget, the poll, "Xem thêm:"
    lines and the attachment line. Gold: not body.
12. Pagination and mixed listings: listings are batched by offset (``?b_start=6``), the page-1
    link is the bare folder; /thong-bao mixes File items (links straight to ``@@download/file``
    PDFs) and a Link item to moet.gov.vn, so page 1 holds only two notices and N3 is on page 2.

Gold decisions on ambiguous points
----------------------------------
- category = the folder title the breadcrumb prints: "Tin tức - Sự kiện" (the top menu calls the
  drop-down "Tin tức"), "Thông báo", "Chuyển đổi số".
- summary = ``documentDescription`` when printed (then also the body's first paragraph); A8 has
  none but opens with a bold lead paragraph: that is the summary. A3, A6, N1, N3 have no sapo.
- The lead-image block (A1, A4) is an article image; A1's has a caption line, A4's has none.
- A table cell holding a ``<p>`` is still one cell: rows are "cell | cell | cell".
- Accordion panel titles are headings of the text: body paragraphs.
- A Volto caption = the figcaption's title; "Ảnh: X" in the credits div only names the
  photographer. A Word caption "Hình 1. ..." is kept whole as printed.
- An emoji printed as a character in a title or a line ("🌹", "⚠️", "📞") is kept.
- N1's "(Đã ký)" and the signer's post are closing, not body; its attachment line is not body.
- ``/++api++/...`` answers JSON: not a page of the site, neither article nor alt path.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote

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
    static_file,
    text,
)

NAME = "plone6_volto_sgddt"
PLATFORM = "Plone 6 + Volto 17 (React SSR)"
START_PATH = "/"

TZ = timezone(timedelta(hours=7))
TODAY_LINE = "Thứ Bảy, 05/12/2026"
SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Quảng Trị"
BACKEND = "http://localhost:8080/Plone"

FOLDERS = {
    "tin-tuc": "Tin tức - Sự kiện",
    "thong-bao": "Thông báo",
    "chuyen-doi-so": "Chuyển đổi số",
}
BATCH = {"tin-tuc": 6, "thong-bao": 5, "chuyen-doi-so": 6}


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def _utc(d: datetime) -> str:
    return d.astimezone(UTC).isoformat()


def _vn(d: datetime, with_time: bool = True) -> str:
    return d.strftime("%d/%m/%Y %H:%M" if with_time else "%d/%m/%Y")


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


def _img(slug_path: str, name: str) -> str:
    return f"{slug_path}/{name}.jpg/@@images/image/large"


# --- the stories ------------------------------------------------------------------------------

_A1 = "/tin-tuc/hoi-nghi-tong-ket-5-nam-thuc-hien-chuong-trinh-gdpt-2018"
_A2 = "/tin-tuc/hon-1-100-thi-sinh-du-thi-chon-hsg-van-hoa-lop-12-cap-tinh"
_A3 = "/tin-tuc/truong-thpt-le-loi-to-chuc-ngay-hoi-hoc-sinh-voi-van-hoa-giao-thong"
_A4 = "/tin-tuc/tri-an-thay-co-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam"
_A5 = "/tin-tuc/khai-mac-hoi-khoe-phu-dong-tinh-quang-tri-lan-thu-i-nam-2026"
_A6 = "/tin-tuc/huong-dan-trien-khai-giao-duc-stem-nam-hoc-2026-2027"
_A7 = "/tin-tuc/ngay-hoi-tieng-anh-hoc-sinh-thcs-nam-2026"
_A8 = "/tin-tuc/nganh-giao-duc-khan-truong-khac-phuc-hau-qua-mua-lu"
_N1 = "/thong-bao/thong-bao-to-chuc-cuoc-thi-khkt-cap-tinh-nam-hoc-2026-2027"
_N2 = "/thong-bao/giai-dap-cau-hoi-thuong-gap-ve-tuyen-sinh-lop-10-nam-hoc-2027-2028"
_N3 = "/thong-bao/tam-ngung-he-thong-csdl-nganh-de-nang-cap"
_C1 = "/chuyen-doi-so/ra-mat-du-an-tang-cuong-nang-luc-so-trong-giao-duc-pho-thong"
_C2 = "/chuyen-doi-so/tap-huan-su-dung-he-thong-lms-cho-giao-vien-cot-can"

_RESOLVEUID_IMG = "/resolveuid/4f0c2a9e8b7d4e21a3c6f5b2d1e0a987/@@images/image/large"

_A1_DESC = (
    "Chiều 04/12, Sở Giáo dục và Đào tạo tổ chức Hội nghị tổng kết 5 năm thực hiện Chương trình "
    "giáo dục phổ thông 2018 (giai đoạn 2020 - 2025), đánh giá kết quả đạt được và đề ra giải pháp "
    "cho giai đoạn tiếp theo."
)
_A2_DESC = (
    "Ngày 02 và 03/12/2026, Sở GD&ĐT tổ chức Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh năm "
    "học 2026 - 2027 với 1.126 thí sinh dự thi tại 4 điểm thi."
)
_A4_DESC = (
    "Sáng 19/11, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - "
    "20/11/2026) và tuyên dương 120 nhà giáo tiêu biểu năm 2026."
)
_A5_DESC = (
    "Tối 09/11, tại Trung tâm Huấn luyện và Thi đấu thể thao tỉnh, Hội khỏe Phù Đổng tỉnh Quảng Trị "
    "lần thứ I năm 2026 chính thức khai mạc với sự tham gia của gần 2.800 vận động viên."
)
_A7_DESC = (
    "Ngày 25 - 26/10, tại Trường THCS Nguyễn Trãi (phường Đồng Hới), Sở GD&ĐT phối hợp với Dự án "
    "EU-EDUDIGI tổ chức Ngày hội tiếng Anh dành cho học sinh trung học cơ sở."
)
_A8_LEAD = (
    "Đợt mưa lũ từ ngày 10 - 13/10 đã làm 87 trường học trên địa bàn tỉnh bị ngập, hư hỏng; hơn "
    "1.200 bộ bàn ghế, 3.500 đầu sách và nhiều thiết bị dạy học bị hư hại."
)
_N2_DESC = (
    "Để phụ huynh, học sinh nắm rõ các điểm mới của Kỳ thi tuyển sinh lớp 10 năm học 2027 - 2028, "
    "Sở GD&ĐT thông tin một số nội dung thường gặp như sau."
)
_C1_DESC = (
    "Chiều 17/11, Sở GD&ĐT phối hợp với Phái đoàn Liên minh châu Âu (EU) tại Việt Nam tổ chức Lễ ra "
    "mắt Dự án “Tăng cường năng lực số trong giáo dục phổ thông” (EU-EDUDIGI) giai đoạn 2026 - 2029."
)
_C2_DESC = (
    "Từ ngày 20 - 22/10, Sở GD&ĐT tổ chức tập huấn sử dụng Hệ thống quản lý học tập (LMS) cho 240 "
    "giáo viên cốt cán cấp trung học."
)

_LETTERHEAD = Raw(
    '<table class="slate-table-block vb-tieude" style="width:100%;border:none"><tbody>'
    '<tr><td style="width:42%;text-align:center"><p>UBND TỈNH QUẢNG TRỊ<br/>'
    "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></p></td>"
    '<td style="text-align:center"><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br/>'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></p></td></tr>"
    '<tr><td style="text-align:center"><p>Số: 2145/TB-SGDĐT</p></td>'
    '<td style="text-align:center"><p><em>Quảng Trị, ngày 30 tháng 11 năm 2026</em></p></td></tr>'
    "</tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align: center;"><strong>Về việc tổ chức Cuộc thi khoa học, kỹ thuật cấp tỉnh dành '
    "cho học sinh trung học năm học 2026 - 2027</strong></p>"
)
_N1_CLOSING = Raw(
    '<table class="slate-table-block vb-ky" style="width:100%;border:none"><tbody><tr>'
    '<td style="width:50%;vertical-align:top"><p><strong><em>Nơi nhận:</em></strong><br/>'
    "- Như trên;<br/>- Giám đốc, các PGĐ Sở;<br/>- Cổng TTĐT Sở;<br/>- Lưu: VT, GDTrH.</p></td>"
    '<td style="text-align:center;vertical-align:top"><p><strong>KT. GIÁM ĐỐC<br/>PHÓ GIÁM ĐỐC</strong>'
    "</p><p><em>(Đã ký)</em></p><p><strong>Trần Văn Hưng</strong></p></td>"
    "</tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        id=101,
        slug=_A1,
        title="Hội nghị tổng kết 5 năm thực hiện Chương trình giáo dục phổ thông 2018 trên địa bàn tỉnh",
        cat="tin-tuc",
        published_at="2026-12-04T15:20:00+07:00",
        summary=_A1_DESC,
        sapo_outside=True,
        authors=["Hoàng Anh"],
        photographers=["Hoàng Anh"],
        blocks=[
            Img(f"{_A1}/@@images/image/preview", "Toàn cảnh Hội nghị tổng kết", "Toàn cảnh Hội nghị tổng kết", "lead"),
            P(
                "Tham dự Hội nghị có đồng chí Hồ Thị Minh Thu, Phó Chủ tịch UBND tỉnh; lãnh đạo Vụ Giáo dục "
                "Trung học (Bộ GD&ĐT); đại diện các sở, ngành liên quan cùng hơn 300 cán bộ quản lý, giáo "
                "viên cốt cán tại điểm cầu chính và các điểm cầu trực tuyến."
            ),
            P(
                "Theo báo cáo, sau 5 năm triển khai, 100% cơ sở giáo dục phổ thông trên địa bàn tỉnh đã thực "
                "hiện đúng lộ trình đổi mới chương trình, sách giáo khoa. Tỷ lệ phòng học kiên cố đạt 91,4%, "
                "tăng 8,2% so với năm 2020; 96% giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019."
            ),
            Img(
                _img(_A1, "pho-chu-tich-phat-bieu"),
                "Phó Chủ tịch UBND tỉnh Hồ Thị Minh Thu phát biểu chỉ đạo tại Hội nghị||Ảnh: Hoàng Anh",
                "Phó Chủ tịch UBND tỉnh Hồ Thị Minh Thu phát biểu chỉ đạo tại Hội nghị",
                "figcred",
            ),
            P("Còn nhiều khó khăn ở vùng miền núi", "h2"),
            P(
                "Bên cạnh những kết quả đạt được, Hội nghị cũng chỉ ra một số hạn chế như: tình trạng thiếu "
                "giáo viên các môn Tin học, Âm nhạc, Mĩ thuật ở các xã miền núi phía Tây; cơ sở vật chất ở "
                "một số điểm trường lẻ chưa đáp ứng yêu cầu dạy học các môn tích hợp."
            ),
            P(
                "Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND tỉnh đề nghị ngành Giáo dục tiếp tục tham mưu "
                "sắp xếp mạng lưới trường lớp phù hợp với mô hình chính quyền địa phương hai cấp, ưu tiên "
                "nguồn lực cho các xã đặc biệt khó khăn."
            ),
            Img(
                _img(_A1, "trao-bang-khen"),
                "Trao Bằng khen của Chủ tịch UBND tỉnh cho các tập thể có thành tích xuất sắc",
                "Trao Bằng khen của Chủ tịch UBND tỉnh cho các tập thể có thành tích xuất sắc",
                "fig",
            ),
            P(
                "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 12 tập thể và 25 cá nhân có thành tích xuất "
                "sắc trong 5 năm thực hiện Chương trình giáo dục phổ thông 2018."
            ),
            _right("<strong>Tin, ảnh: Hoàng Anh</strong>"),
        ],
        opts={
            "eff": "2026-12-04 15:20",
            "mod": "2026-12-05 07:45",
            "created": "2026-12-04 11:02",
            "creator": "bientap.gdtrh",
            "tags": ["Chương trình GDPT 2018"],
            "inlist": [_A2, _A3, _A4],
            "related": [_A2 + "/view", _A6 + "/view"],
        },
    ),
    Story(
        id=102,
        slug=_A2,
        title="Hơn 1.100 thí sinh tham gia Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh",
        cat="tin-tuc",
        published_at="2026-12-03T14:30:00+07:00",
        summary=_A2_DESC,
        sapo_outside=True,
        authors=["Lê Minh"],
        photographers=["Thanh Hà"],
        blocks=[
            P(
                "Kỳ thi được tổ chức ở 12 môn: Toán, Ngữ văn, Tiếng Anh, Vật lí, Hóa học, Sinh học, Lịch sử, "
                "Địa lí, Tin học, Giáo dục kinh tế và pháp luật, Công nghệ và Tiếng Pháp. Thời gian làm bài "
                "180 phút đối với tất cả các môn."
            ),
            P("Số lượng thí sinh tại các điểm thi cụ thể như sau:"),
            P("Điểm thi | Địa điểm | Số thí sinh", "tr"),
            P("Điểm thi số 1 | Trường THPT chuyên Võ Nguyên Giáp | 342", "tr"),
            P("Điểm thi số 2 | Trường THPT chuyên Lê Quý Đôn | 318", "tr"),
            P("Điểm thi số 3 | Trường THPT Đào Duy Từ | 247", "tr"),
            P("Điểm thi số 4 | Trường THPT Đông Hà | 219", "tr"),
            Img(_img(_A2, "thi-sinh-lam-bai"), "Ảnh: Thanh Hà", None, "credonly"),
            P(
                "Qua theo dõi, kỳ thi diễn ra an toàn, nghiêm túc, đúng quy chế. Không có cán bộ coi thi, thí "
                "sinh nào vi phạm quy chế thi. Công tác chấm thi sẽ được tiến hành từ ngày 08/12 và dự kiến "
                "công bố kết quả trước ngày 20/12/2026."
            ),
            P(
                "Kết quả kỳ thi là căn cứ để lựa chọn đội tuyển dự Kỳ thi chọn học sinh giỏi quốc gia trung "
                "học phổ thông năm 2027."
            ),
            _right("<em>Tin: Lê Minh - Ảnh: Thanh Hà</em>"),
        ],
        opts={
            "eff": "2026-12-03 14:30",
            "mod": "2026-12-03 16:02",
            "created": "2026-12-03 10:48",
            "creator": "bientap.gdtrh",
            "tags": ["Học sinh giỏi"],
        },
    ),
    Story(
        id=103,
        slug=_A3,
        title="Trường THPT Lê Lợi tổ chức Ngày hội “Học sinh với văn hóa giao thông”",
        cat="tin-tuc",
        published_at="2026-11-28T09:05:00+07:00",
        authors=["Trường THPT Lê Lợi"],
        blocks=[
            P(
                "Sáng 27/11, Trường THPT Lê Lợi tổ chức Ngày hội “Học sinh với văn hóa giao thông” năm học "
                "2026 - 2027 nhằm nâng cao ý thức chấp hành pháp luật về trật tự, an toàn giao thông cho học "
                "sinh."
            ),
            P(
                "Ngày hội thu hút hơn 900 học sinh của 24 lớp tham gia với nhiều hoạt động bổ ích: thi tìm "
                "hiểu Luật Trật tự, an toàn giao thông đường bộ; thi vẽ tranh cổ động; trình diễn tiểu phẩm "
                "tình huống giao thông và hướng dẫn kỹ năng đội mũ bảo hiểm đúng cách."
            ),
            Img(
                _img(_A3, "tieu-pham-lop-11a3"),
                "(Tiết mục tiểu phẩm của lớp 11A3 về tình huống vượt đèn đỏ)",
                "Tiết mục tiểu phẩm của lớp 11A3 về tình huống vượt đèn đỏ",
                "italic-p",
            ),
            P(
                "Dịp này, Đội Cảnh sát giao thông Công an tỉnh đã trao tặng 150 mũ bảo hiểm đạt chuẩn cho học "
                "sinh có hoàn cảnh khó khăn của nhà trường."
            ),
            _right("<strong>Trường THPT Lê Lợi</strong>"),
        ],
        opts={
            "eff": "2026-11-28 09:05",
            "mod": "2026-11-28 09:40",
            "created": "2026-11-27 16:20",
            "creator": "ctv.thptleloi",
            "nfd": True,
            "inlist": [_A1, _A2, _A4],
        },
    ),
    Story(
        id=104,
        slug=_A4,
        title="🌹 Tri ân thầy cô nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc",
        published_at="2026-11-20T10:00:00+07:00",
        summary=_A4_DESC,
        sapo_outside=True,
        authors=["Nguyễn Thị Thu Hà"],
        blocks=[
            Img(f"{_A4}/@@images/image/preview", None, None, "lead"),
            P(
                "Đến dự buổi lễ có đồng chí Nguyễn Văn Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban "
                "Tuyên giáo và Dân vận Tỉnh ủy; lãnh đạo Sở GD&ĐT, Công đoàn ngành cùng đông đảo thầy cô giáo "
                "tiêu biểu đến từ các cơ sở giáo dục trong tỉnh."
            ),
            P(
                "Năm học 2025 - 2026, toàn ngành có 1.245 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
                "tỉnh; 58 sáng kiến được công nhận có phạm vi ảnh hưởng cấp tỉnh; nhiều thầy cô đã có học "
                "sinh đạt giải cao trong các kỳ thi học sinh giỏi quốc gia, khu vực và quốc tế."
            ),
            Raw("<!--teaser-->"),
            P(
                "“Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh noi "
                "theo” - đồng chí Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy nhấn mạnh.",
                "quote",
            ),
            P(
                "Tại buổi lễ, Giám đốc Sở GD&ĐT đã trao Giấy khen cho 120 nhà giáo tiêu biểu, trong đó có 35 "
                "nhà giáo công tác tại các xã vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số."
            ),
            Img(
                _img(_A4, "tuyen-duong-nha-giao"),
                "Các nhà giáo tiêu biểu nhận Giấy khen của Giám đốc Sở",
                "Các nhà giáo tiêu biểu nhận Giấy khen của Giám đốc Sở",
                "fig",
            ),
            _right("<strong>ThS. Nguyễn Thị Thu Hà</strong>"),
        ],
        opts={
            "eff": "2026-11-20 10:00",
            "mod": "2026-11-21 08:15",
            "created": "2026-11-19 15:30",
            "creator": "bientap.vanphong",
            "teaser": _A1,
        },
    ),
    Story(
        id=105,
        slug=_A5,
        title="Khai mạc Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ I năm 2026",
        cat="tin-tuc",
        published_at="2026-11-10T06:45:00+07:00",
        summary=_A5_DESC,
        sapo_outside=True,
        source="Báo và Phát thanh, Truyền hình Quảng Trị",
        blocks=[
            P(
                "Hội khỏe Phù Đổng lần này diễn ra từ ngày 09/11 đến ngày 16/11/2026 với 14 môn thi đấu gồm: "
                "Điền kinh, Bơi lội, Bóng đá, Bóng chuyền, Cầu lông, Bóng bàn, Cờ vua, Võ cổ truyền, Vovinam, "
                "Karate, Đá cầu, Kéo co, Nhảy dây và Bóng rổ 3x3."
            ),
            P(
                "Đây là lần đầu tiên Hội khỏe Phù Đổng được tổ chức sau khi hợp nhất tỉnh, là dịp để học sinh "
                "giao lưu, học hỏi, góp phần đẩy mạnh phong trào “Rèn luyện thân thể theo gương Bác Hồ vĩ "
                "đại” trong trường học."
            ),
            Img(
                _img(_A5, "le-khai-mac-hkpd"),
                "Màn đồng diễn thể dục nghệ thuật tại Lễ khai mạc",
                "Màn đồng diễn thể dục nghệ thuật tại Lễ khai mạc",
                "fig",
            ),
            P(
                "Kết quả thi đấu sẽ là cơ sở để tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng toàn quốc "
                "lần thứ XI năm 2028."
            ),
            _right("<em>Nguồn: Báo và Phát thanh, Truyền hình Quảng Trị</em>"),
        ],
        opts={
            "eff": "2026-11-10 06:45",
            "mod": "2026-11-10 06:45",
            "created": "2026-11-09 22:10",
            "creator": "bientap.gdtrh",
            "inlist": [_A3, _A4, _A6],
        },
    ),
    Story(
        id=106,
        slug=_A6,
        title="Hướng dẫn triển khai giáo dục STEM trong các cơ sở giáo dục trung học năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-11-05",
        authors=["Phòng Giáo dục Trung học"],
        blocks=[
            P(
                "Thực hiện Công văn số 3899/BGDĐT-GDTrH ngày 03/8/2026 của Bộ Giáo dục và Đào tạo về việc "
                "hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026 - 2027[1], Sở GD&ĐT hướng dẫn "
                "các cơ sở giáo dục trung học triển khai giáo dục STEM như sau:",
                "word",
            ),
            P("1. Mục tiêu", "word-h"),
            P(
                "Nâng cao nhận thức của cán bộ quản lý, giáo viên về vai trò, ý nghĩa của giáo dục STEM;",
                "mso-li",
            ),
            P(
                "Mỗi trường trung học xây dựng và thực hiện ít nhất 04 bài học STEM trong mỗi học kỳ ở mỗi "
                "khối lớp;",
                "mso-li",
            ),
            P("Tổ chức ít nhất 01 hoạt động trải nghiệm STEM cấp trường trong năm học.", "mso-li"),
            Img(
                _RESOLVEUID_IMG,
                "Hình 1. Học sinh Trường THCS và THPT Bắc Sơn trình bày sản phẩm STEM",
                "Hình 1. Học sinh Trường THCS và THPT Bắc Sơn trình bày sản phẩm STEM",
                "word",
            ),
            P("2. Nội dung thực hiện", "word-h"),
            P(
                "- Giáo dục STEM được thực hiện thông qua ba hình thức: dạy học các môn học theo phương thức "
                "giáo dục STEM; tổ chức hoạt động trải nghiệm STEM; tổ chức hoạt động nghiên cứu khoa học, "
                "kỹ thuật.",
                "word",
            ),
            P(
                "- Các nhà trường chủ động lựa chọn chủ đề phù hợp với điều kiện cơ sở vật chất, khuyến khích "
                "sử dụng vật liệu tái chế sẵn có tại địa phương.",
                "word",
            ),
            P(
                "Trong quá trình triển khai, nếu có vướng mắc, các đơn vị liên hệ Phòng Giáo dục Trung học "
                "(điện thoại: 0232.3824.165) để được hướng dẫn.",
                "word",
            ),
            Raw(
                '<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" '
                "style=\"font-size:13.0pt;font-family:&quot;Times New Roman&quot;,serif\">Phòng Giáo dục "
                "Trung học<o:p></o:p></span></b></p>"
            ),
            P(
                "[1] Công văn số 3899/BGDĐT-GDTrH ngày 03/8/2026 của Bộ GD&ĐT về việc hướng dẫn thực hiện "
                "nhiệm vụ giáo dục trung học năm học 2026 - 2027.",
                "fn",
            ),
        ],
        opts={
            "eff": "2026-11-05 00:00",
            "mod": "2026-11-06 14:22",
            "created": "2026-11-04 16:58",
            "creator": "admin",
            "word": True,
            "notime": True,
            "tags": ["Chương trình GDPT 2018"],
        },
    ),
    Story(
        id=107,
        slug=_A7,
        title="Ngày hội tiếng Anh học sinh trung học cơ sở năm 2026: Sân chơi bổ ích, sáng tạo",
        cat="tin-tuc",
        published_at="2026-10-27T16:40:00+07:00",
        summary=_A7_DESC,
        sapo_outside=True,
        authors=["Thanh Tâm"],
        blocks=[
            P(
                "Tham gia Ngày hội có 42 đội thi đến từ các trường THCS trên địa bàn tỉnh. Các đội tranh tài "
                "qua 3 phần thi: Hello (giới thiệu), Knowledge (kiến thức) và Talent (tài năng)."
            ),
            P("Kết quả chung cuộc:"),
            P("- Giải Nhất: Trường THCS Nguyễn Trãi;", "br"),
            P("- Giải Nhì: Trường THCS Hải Đình và Trường THCS Phan Đình Phùng;", "br"),
            P("- Giải Ba: 4 đội; Giải Khuyến khích: 8 đội.", "br"),
            Img(
                _img(_A7, "doi-thi-thcs-nguyen-trai"),
                "(Đội thi Trường THCS Nguyễn Trãi trong phần thi Talent)",
                "Đội thi Trường THCS Nguyễn Trãi trong phần thi Talent",
                "italic-p",
            ),
            P(
                "Theo kế hoạch, Ngày hội tiếng Anh sẽ được tổ chức định kỳ hằng năm, luân phiên giữa các địa "
                "phương trong tỉnh nhằm tạo môi trường để học sinh rèn luyện kỹ năng giao tiếp bằng tiếng Anh."
            ),
            _right("<strong>Thanh Tâm (Trường THCS Nguyễn Trãi)</strong>"),
        ],
        opts={
            "eff": "2026-10-27 16:40",
            "mod": "2026-10-28 08:05",
            "created": "2026-10-27 10:12",
            "creator": "ctv.thcsnguyentrai",
        },
    ),
    Story(
        id=108,
        slug=_A8,
        title="Ngành Giáo dục khẩn trương khắc phục hậu quả mưa lũ, sớm ổn định dạy học",
        cat="tin-tuc",
        published_at="2026-10-15T08:00:00+07:00",
        summary=_A8_LEAD,
        authors=["Phan Hùng"],
        blocks=[
            P(_A8_LEAD, "bold"),
            P(
                "Ngay sau khi nước rút, Sở GD&ĐT đã chỉ đạo các nhà trường huy động cán bộ, giáo viên, nhân "
                "viên phối hợp với lực lượng quân đội, công an, đoàn viên thanh niên dọn dẹp bùn đất, vệ sinh "
                "trường lớp, khử khuẩn môi trường."
            ),
            P(
                "Đến ngày 14/10, 81/87 trường đã cho học sinh đi học trở lại; 6 trường còn lại ở các xã Tuyên "
                "Hóa, Minh Hóa, Lệ Thủy dự kiến đón học sinh trở lại trước ngày 18/10/2026."
            ),
            Img(
                _img(_A8, "don-dep-bun-dat"),
                "Giáo viên và bộ đội dọn dẹp bùn đất tại Trường Tiểu học Kim Thủy",
                "Giáo viên và bộ đội dọn dẹp bùn đất tại Trường Tiểu học Kim Thủy",
                "fig",
            ),
            P(
                "Sở GD&ĐT kêu gọi các tổ chức, cá nhân, các nhà hảo tâm tiếp tục chung tay hỗ trợ sách vở, "
                "đồ dùng học tập cho học sinh vùng lũ."
            ),
            _right("<strong>Phan Hùng</strong>"),
        ],
        opts={
            "eff": "2026-10-15 08:00",
            "mod": "2026-10-16 10:30",
            "created": "2026-10-14 21:05",
            "creator": "bientap.gdtrh",
        },
    ),
    Story(
        id=201,
        slug=_N1,
        title=(
            "Thông báo về việc tổ chức Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học "
            "năm học 2026 - 2027"
        ),
        cat="thong-bao",
        published_at="2026-11-30",
        authors=["Trần Văn Hưng"],
        blocks=[
            _LETTERHEAD,
            P(
                "Căn cứ Kế hoạch số 1870/KH-SGDĐT ngày 15/9/2026 của Sở GD&ĐT về tổ chức các cuộc thi, hội "
                "thi năm học 2026 - 2027;"
            ),
            P(
                "Sở Giáo dục và Đào tạo thông báo tổ chức Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học "
                "sinh trung học năm học 2026 - 2027 (sau đây gọi là Cuộc thi) như sau:"
            ),
            P("1. Đối tượng dự thi: Học sinh đang học lớp 8, lớp 9 và học sinh trung học phổ thông trên địa bàn tỉnh."),
            P(
                "2. Thời gian nộp hồ sơ: Từ ngày 05/12/2026 đến hết ngày 25/12/2026 (hồ sơ nộp trực tuyến qua "
                "hệ thống khkt.quangtri.edu.vn)."
            ),
            P(
                "3. Thời gian, địa điểm tổ chức Cuộc thi: Dự kiến từ ngày 12/01/2027 đến ngày 14/01/2027 tại "
                "Trường THPT chuyên Võ Nguyên Giáp."
            ),
            P(
                "Sở GD&ĐT đề nghị Thủ trưởng các đơn vị triển khai thông báo này đến giáo viên, học sinh và "
                "khuyến khích học sinh tích cực tham gia Cuộc thi./."
            ),
            _N1_CLOSING,
        ],
        opts={
            "eff": "2026-12-02 09:15",
            "mod": "2026-12-02 09:20",
            "created": "2026-12-01 17:44",
            "creator": "vanthu.sgddt",
            "attach": ("2145-TB-SGDDT.pdf", f"{_N1}/2145-tb-sgddt.pdf/@@download/file", "312 KB"),
        },
    ),
    Story(
        id=202,
        slug=_N2,
        title="Giải đáp một số câu hỏi thường gặp về Kỳ thi tuyển sinh lớp 10 năm học 2027 - 2028",
        cat="thong-bao",
        published_at="2026-11-25T14:00:00+07:00",
        summary=_N2_DESC,
        sapo_outside=True,
        authors=["Văn phòng Sở"],
        blocks=[
            P("1. Kỳ thi tuyển sinh lớp 10 năm học 2027 - 2028 thi mấy môn?", "acc-t"),
            P(
                "Thí sinh thi 3 bài thi gồm: Ngữ văn, Toán và Tiếng Anh. Riêng thí sinh đăng ký dự tuyển vào "
                "trường THPT chuyên thi thêm môn chuyên.",
                "acc-c",
            ),
            P("2. Điểm ưu tiên, khuyến khích được tính như thế nào?", "acc-t"),
            P(
                "Điểm ưu tiên được cộng theo quy định tại Quy chế tuyển sinh trung học cơ sở và trung học phổ "
                "thông của Bộ GD&ĐT; không cộng điểm khuyến khích.",
                "acc-c",
            ),
            P("3. Khi nào công bố chỉ tiêu tuyển sinh của từng trường?", "acc-t"),
            P(
                "Sở GD&ĐT sẽ công bố chỉ tiêu tuyển sinh của từng trường THPT công lập trước ngày 15/3/2027 "
                "trên Cổng thông tin điện tử của Sở.",
                "acc-c",
            ),
            P(
                "Mọi thắc mắc xin liên hệ Phòng Quản lý chất lượng, Sở GD&ĐT, số điện thoại 0232.3822.517 "
                "trong giờ hành chính."
            ),
            _right("<strong><em>Văn phòng Sở</em></strong>"),
        ],
        opts={
            "eff": "2026-11-25 14:00",
            "mod": "2026-11-26 09:12",
            "created": "2026-11-25 08:31",
            "creator": "vanthu.sgddt",
        },
    ),
    Story(
        id=203,
        slug=_N3,
        title="⚠️ Tạm ngừng hệ thống Cơ sở dữ liệu ngành giáo dục để nâng cấp (31/10 - 02/11/2026)",
        cat="thong-bao",
        published_at="2026-10-30T10:30:00+07:00",
        blocks=[
            P(
                "Nhằm nâng cấp hạ tầng và bảo đảm an toàn thông tin, hệ thống Cơ sở dữ liệu ngành giáo dục "
                "tỉnh sẽ tạm ngừng hoạt động từ 18 giờ 00 ngày 31/10/2026 đến 07 giờ 00 ngày 02/11/2026."
            ),
            P(
                "Trong thời gian này, các đơn vị không thực hiện cập nhật dữ liệu học sinh, giáo viên, cơ sở "
                "vật chất. Các chức năng tra cứu kết quả học tập dành cho phụ huynh cũng tạm thời gián đoạn."
            ),
            P(
                "Sở GD&ĐT đề nghị các đơn vị chủ động sắp xếp thời gian cập nhật dữ liệu trước ngày "
                "31/10/2026. Mọi vướng mắc vui lòng liên hệ Trung tâm Thông tin - Chuyển đổi số qua số điện "
                "thoại 0232.3855.090."
            ),
            P("📞 Hotline hỗ trợ kỹ thuật: 0915.246.810 (anh Dũng)"),
        ],
        opts={
            "eff": "2026-10-30 10:30",
            "mod": "2026-10-30 10:30",
            "created": "2026-10-30 09:50",
            "creator": "quantri",
        },
    ),
    Story(
        id=301,
        slug=_C1,
        title="Ra mắt Dự án “Tăng cường năng lực số trong giáo dục phổ thông” do Liên minh châu Âu tài trợ",
        cat="chuyen-doi-so",
        published_at="2026-11-18T13:45:00+07:00",
        summary=_C1_DESC,
        sapo_outside=True,
        authors=["Minh Khuê"],
        photographers=["Bảo Ngọc"],
        blocks=[
            Img(
                _img(_C1, "le-ra-mat-du-an"),
                "Đại diện Phái đoàn EU và lãnh đạo Sở GD&ĐT bấm nút ra mắt Dự án||Ảnh: Bảo Ngọc",
                "Đại diện Phái đoàn EU và lãnh đạo Sở GD&ĐT bấm nút ra mắt Dự án",
                "figcred",
            ),
            P(
                "Dự án có tổng kinh phí 2,4 triệu euro, trong đó viện trợ không hoàn lại của EU là 2 triệu "
                "euro, được triển khai tại 60 trường phổ thông thuộc 18 xã, phường của tỉnh."
            ),
            P("Ba hợp phần chính", "h2"),
            P(
                "Phát triển năng lực số cho 3.000 giáo viên thông qua các khóa bồi dưỡng trực tuyến và trực "
                "tiếp;",
                "li",
            ),
            P(
                "Trang bị phòng học số, thiết bị kết nối Internet cho 60 trường phổ thông, ưu tiên các trường ở "
                "vùng đồng bào dân tộc thiểu số;",
                "li",
            ),
            P("Xây dựng kho học liệu số dùng chung bằng tiếng Việt và tiếng Bru - Vân Kiều.", "li"),
            P(
                "Phát biểu tại buổi lễ, bà Elena Moretti, Phó Trưởng Phái đoàn EU tại Việt Nam cho biết: “Giáo "
                "dục là lĩnh vực ưu tiên trong hợp tác giữa EU và Việt Nam. Chúng tôi mong muốn mọi học sinh, "
                "dù ở đâu, đều có cơ hội tiếp cận công nghệ số”."
            ),
            Raw(
                f'<p><strong>Xem thêm:</strong> <a href="{_C2}/view" data-linktype="internal">Tập huấn sử dụng '
                "Hệ thống quản lý học tập (LMS) cho giáo viên cốt cán</a></p>"
            ),
            _right("<strong>Minh Khuê</strong>"),
        ],
        opts={
            "eff": "2026-11-18 13:45",
            "mod": "2026-11-19 07:30",
            "created": "2026-11-17 19:02",
            "creator": "ttcds.sgddt",
            "tags": ["Chuyển đổi số"],
        },
    ),
    Story(
        id=302,
        slug=_C2,
        title="Tập huấn sử dụng Hệ thống quản lý học tập (LMS) cho giáo viên cốt cán",
        cat="chuyen-doi-so",
        published_at="2026-10-22T09:30:00+07:00",
        summary=_C2_DESC,
        sapo_outside=True,
        authors=["Nguyễn Hữu Phước"],
        blocks=[
            P("Mục đích của đợt tập huấn", "h2"),
            P(
                "Đợt tập huấn nhằm giúp giáo viên nắm vững cách xây dựng khóa học trực tuyến, giao và chấm bài "
                "tập, tổ chức kiểm tra đánh giá trên hệ thống LMS dùng chung của ngành."
            ),
            P("Nội dung tập huấn", "h2"),
            P(
                "Học viên được hướng dẫn tạo lớp học, tải học liệu, thiết kế câu hỏi trắc nghiệm và tự luận, "
                "khai thác dữ liệu học tập để theo dõi tiến bộ của học sinh."
            ),
            Img(
                _img(_C2, "hoc-vien-thuc-hanh"),
                "Giáo viên cốt cán thực hành thiết kế bài giảng trên hệ thống LMS",
                "Giáo viên cốt cán thực hành thiết kế bài giảng trên hệ thống LMS",
                "fig",
            ),
            P("Kết quả", "h2"),
            P(
                "Kết thúc đợt tập huấn, 100% học viên hoàn thành bài thu hoạch và được cấp giấy chứng nhận. Các "
                "giáo viên cốt cán sẽ tiếp tục hướng dẫn lại cho đồng nghiệp tại đơn vị trong tháng 11/2026."
            ),
            _right("<strong>Nguyễn Hữu Phước - Trung tâm Thông tin - Chuyển đổi số</strong>"),
        ],
        opts={
            "eff": "2026-10-22 09:30",
            "mod": "2026-10-23 15:10",
            "created": "2026-10-22 08:05",
            "creator": "ttcds.sgddt",
            "tags": ["Chuyển đổi số"],
            "toc": True,
        },
    ),
]

BY_PATH: dict[str, Story] = {s.slug: s for s in STORIES}

# File and Link items that share the /thong-bao folder with the notices
EXTRA_ITEMS = [
    {
        "kind": "File",
        "title": "Kế hoạch tổ chức Ngày hội văn hóa các dân tộc trong trường học năm 2026",
        "href": "/thong-bao/kh-ngay-hoi-van-hoa-cac-dan-toc-2026.pdf/@@download/file",
        "eff": "2026-11-28 15:00",
        "desc": "Tệp PDF, 420 KB",
    },
    {
        "kind": "File",
        "title": "Danh sách thí sinh dự thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh",
        "href": "/thong-bao/ds-thi-sinh-hsg-lop-12-2026.pdf/@@download/file",
        "eff": "2026-11-12 08:30",
        "desc": "Tệp PDF, 1,2 MB",
    },
    {
        "kind": "Link",
        "title": "Bộ GD&ĐT: Dự thảo Quy chế tuyển sinh trung học cơ sở và trung học phổ thông",
        "href": "https://moet.gov.vn/van-ban/vanban/Pages/chi-tiet-van-ban.aspx?ItemID=1822",
        "eff": "2026-11-05 16:00",
        "desc": "Liên kết tới Cổng thông tin điện tử Bộ Giáo dục và Đào tạo",
    },
]
PDF_PATHS = {item["href"] for item in EXTRA_ITEMS if item["kind"] == "File"} | {
    BY_PATH[_N1].opts["attach"][1],
    "/van-ban/cv-2130-sgddt-gdtrh/@@download/file",
    "/van-ban/qd-1456-sgddt/@@download/file",
}

MOST_READ = [_A1, _A4, _A2, _N1, _C1]
TAGS = ["Chương trình GDPT 2018", "Học sinh giỏi", "Chuyển đổi số"]


def _eff(s: Story) -> datetime:
    return _dt(s.opts["eff"])


def _in_folder(folder: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == folder), key=_eff, reverse=True)


def _nfd(story: Story | None, value: str) -> str:
    return unicodedata.normalize("NFD", value) if story is not None and story.opts.get("nfd") else value


def _t(story: Story | None, value: str) -> str:
    """Escaped display text, decomposed when the editor typed with a combining-marks keyboard."""
    return text(value, nfd=bool(story is not None and story.opts.get("nfd")))


def _desc(s: Story) -> str | None:
    return s.summary if s.sapo_outside else None


def _thumb(s: Story, scale: str = "thumb") -> str:
    return f"{s.slug}/@@images/image/{scale}"


def _anchor(value: str) -> str:
    plain = unicodedata.normalize("NFD", value.lower()).replace("đ", "d")
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


# --- block rendering -----------------------------------------------------------------------


def _fig(img: Img, story: Story) -> str:
    """An image block as Volto 17 prints it."""
    src = esc(img.src)
    alt = esc(_nfd(story, story.title))
    srcset = (
        f'{src.replace("/large", "/preview")} 400w, {src.replace("/large", "/teaser")} 600w, {src} 800w'
        if img.src.endswith("/large")
        else ""
    )
    tag = (
        f'<img src="{src}" alt="{alt}" class="responsive" loading="lazy" decoding="async" width="800" '
        f'height="533"' + (f' srcset="{srcset}" sizes="(max-width: 800px) 100vw, 800px"' if srcset else "") + "/>"
    )
    if img.style == "lead":
        cap = f'<figcaption class="leadimage-caption">{_t(story, img.printed)}</figcaption>' if img.printed else ""
        return f'<div class="block leadimage align center"><figure class="figure center large">{tag}{cap}</figure></div>'
    if img.style == "fig":
        cap = f'<figcaption><div class="title">{_t(story, img.printed or "")}</div></figcaption>'
        return f'<div class="block image align center"><figure class="figure center large">{tag}{cap}</figure></div>'
    if img.style == "figcred":
        title, credit = (img.printed or "").split("||")
        cap = (
            f'<figcaption><div class="title">{_t(story, title)}</div>'
            f'<div class="credits"><p>{_t(story, credit)}</p></div></figcaption>'
        )
        return f'<div class="block image align center"><figure class="figure center large">{tag}{cap}</figure></div>'
    if img.style == "credonly":
        cap = f'<figcaption><div class="credits"><p>{_t(story, img.printed or "")}</p></div></figcaption>'
        return f'<div class="block image align center"><figure class="figure center large">{tag}{cap}</figure></div>'
    if img.style == "italic-p":
        return (
            f'<div class="block image align center"><figure class="figure center large">{tag}</figure></div>'
            f'<p style="text-align: center;"><em>{_t(story, img.printed or "")}</em></p>'
        )
    if img.style == "word":
        return (
            f'<p class="MsoNormal" align="center" style="text-align:center"><span lang="VI"><img width="520" '
            f'height="347" src="{src}" alt="" v:shapes="Picture_x0020_1"/></span><o:p></o:p></p>'
            f'<p class="MsoCaption" align="center" style="text-align:center"><i><span lang="VI" '
            f'style="font-size:11.0pt">{_t(story, img.printed or "")}</span></i><o:p></o:p></p>'
        )
    raise ValueError(img.style)


_WORD_SPAN = 'lang="VI" style="font-size:13.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif"'


def _word_p(story: Story, p: P) -> str:
    body = _t(story, p.text)
    if p.style == "word":
        body = body.replace(
            "[1]",
            '<a href="#_ftn1" name="_ftnref1" title=""><span class="MsoFootnoteReference"><span '
            'style="mso-special-character:footnote"><span class="MsoFootnoteReference"><span lang="VI" '
            'style="font-size:13.0pt;line-height:115%">[1]</span></span></span></span></a>',
        )
        return (
            f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt">'
            f"<span {_WORD_SPAN}>{body}<o:p></o:p></span></p>"
        )
    if p.style == "word-h":
        return (
            f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt"><b>'
            f"<span {_WORD_SPAN}>{body}<o:p></o:p></span></b></p>"
        )
    if p.style == "mso-li":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;text-align:justify;'
            'text-indent:-18.0pt;mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span '
            f'{_WORD_SPAN}><span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">'
            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]--><span "
            f"{_WORD_SPAN}>{body}<o:p></o:p></span></p>"
        )
    if p.style == "fn":
        note = body.replace("[1]", "", 1).strip()
        return (
            '<div style="mso-element:footnote-list"><br clear="all"/><hr align="left" size="1" width="33%"/>'
            '<div style="mso-element:footnote" id="ftn1"><p class="MsoFootnoteText"><a href="#_ftnref1" '
            'name="_ftn1" title=""><span class="MsoFootnoteReference"><span lang="VI">[1]</span></span></a>'
            f'<span lang="VI"> {note}<o:p></o:p></span></p></div></div>'
        )
    raise ValueError(p.style)


def render_blocks(story: Story, print_view: bool = False) -> str:
    """The story's text blocks in page order."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    if story.opts.get("word"):
        parts = []
        for b in blocks:
            if isinstance(b, P):
                parts.append(_word_p(story, b))
            elif isinstance(b, Img):
                parts.append(_fig(b, story))
            else:
                parts.append(b.html)
        inner = "".join(parts)
        return f'<div class="block html"><div class="WordSection1">{inner}</div></div>'
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            out.append(_fig(b, story))
            i += 1
            continue
        if isinstance(b, Raw):
            if b.html == "<!--teaser-->":
                if not print_view:
                    out.append(_teaser_block(BY_PATH[story.opts["teaser"]]))
            else:
                out.append(_nfd(story, b.html))
            i += 1
            continue
        style = b.style
        if style in ("li", "tr", "acc-t", "acc-c"):
            group_styles = ("acc-t", "acc-c") if style.startswith("acc") else (style,)
            group: list[P] = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in group_styles:
                group.append(blocks[i])
                i += 1
            if style == "li":
                items = "".join(f"<li>{_t(story, p.text)}</li>" for p in group)
                out.append(f"<ul>{items}</ul>")
            elif style == "tr":
                rows = []
                for n, p in enumerate(group):
                    cell = "th" if n == 0 else "td"
                    cells = "".join(f"<{cell}><p>{_t(story, c)}</p></{cell}>" for c in p.text.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<div class="block table"><table class="ui celled fixed table slate-table-block">'
                    f"<thead>{rows[0]}</thead><tbody>{''.join(rows[1:])}</tbody></table></div>"
                )
            else:
                out.append(_accordion(story, group, print_view))
            continue
        body = _t(story, b.text)
        if style == "h2":
            out.append(f'<h2 id="{_anchor(b.text)}">{body}</h2>')
        elif style == "quote":
            out.append(f"<blockquote><p>{body}</p></blockquote>")
        elif style == "bold":
            out.append(f"<p><strong>{body}</strong></p>")
        elif style == "br":
            prev = out.pop()
            assert prev.endswith("</p>")
            out.append(prev[: -len("</p>")] + f"<br/>{body}</p>")
        else:
            out.append(f"<p>{body}</p>")
        i += 1
    return "".join(out)


def _accordion(story: Story, group: list[P], print_view: bool) -> str:
    panels: list[tuple[str, list[str]]] = []
    for p in group:
        if p.style == "acc-t":
            panels.append((p.text, []))
        else:
            panels[-1][1].append(p.text)
    out = ['<div class="block accordion"><div class="ui styled fluid accordion">']
    for n, (title, paras) in enumerate(panels):
        inner = "".join(f"<p>{_t(story, x)}</p>" for x in paras)
        open_ = n == 0 or print_view
        uid = f"acc-{story.id}-{n}"
        out.append(
            f'<div class="title accordion-title align-arrow-right{" active" if open_ else ""}" role="button" '
            f'tabindex="0" aria-expanded="{"true" if open_ else "false"}" aria-controls="{uid}">'
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36" class="icon" style="height:24px;'
            f'width:auto;fill:currentColor"><path d="M12 15l6 6 6-6"></path></svg><span>{_t(story, title)}</span></div>'
        )
        if open_:
            out.append(
                f'<div id="{uid}" class="content active"><div aria-hidden="false" class="rah-static '
                f'rah-static--height-auto" style="height:auto;overflow:visible"><div>{inner}</div></div></div>'
            )
        else:
            out.append(
                f'<div id="{uid}" class="content"><div aria-hidden="true" class="rah-static '
                f'rah-static--height-zero" style="height:0;overflow:hidden"><div style="display:none">{inner}'
                "</div></div></div>"
            )
    out.append("</div></div>")
    return "".join(out)


def _teaser_block(other: Story) -> str:
    return (
        '<div class="block teaser"><div class="grid-teaser-item default">'
        f'<a class="teaser-link" href="{other.slug}"><div class="grid-image-wrapper"><img src="{_thumb(other, "teaser")}"'
        ' alt="" class="responsive" loading="lazy" width="600" height="400"/></div><div class="content">'
        f'<div class="headline">TIN LIÊN QUAN</div><h2>{_t(other, other.title)}</h2>'
        f"<p>{_t(other, _desc(other) or '')}</p></div></a></div></div>"
    )


def _listing_item(s: Story, n: int, with_date: bool = True) -> str:
    date = _eff(s)
    d = f'<p class="ds-ngay"><time datetime="{_utc(date)}">{_vn(date, False)}</time></p>' if with_date else ""
    desc = _desc(s)
    return (
        f'<div class="listing-item ds-tin-{n}"><a href="{s.slug}"><div class="listing-image-wrapper">'
        f'<img src="{_thumb(s)}" alt="" class="ui image" loading="lazy" width="400" height="267"/></div>'
        f'<div class="listing-body">{d}<h3>{_t(s, s.title)}</h3>'
        + (f"<p>{_t(s, desc)}</p>" if desc else "")
        + "</div></a></div>"
    )


def _inlist_block(story: Story) -> str:
    items = "".join(_listing_item(BY_PATH[p], n + 1, with_date=False) for n, p in enumerate(story.opts["inlist"]))
    return (
        '<div class="block listing summary"><div class="headline"><h2 class="headline">Tin cùng chuyên mục</h2>'
        f'</div><div class="items">{items}</div></div>'
    )


def _toc_block(story: Story) -> str:
    heads = [b.text for b in story.blocks if isinstance(b, P) and b.style == "h2"]
    items = "".join(f'<li class="item"><a href="#{_anchor(h)}">{_t(story, h)}</a></li>' for h in heads)
    return (
        '<div class="block table-of-contents"><nav class="table-of-contents"><h2>Nội dung chính</h2>'
        f'<ul class="ui bulleted list">{items}</ul></nav></div>'
    )


# --- chrome ---------------------------------------------------------------------------------

NAV = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        "/gioi-thieu",
        [("Giới thiệu chung", "/gioi-thieu"), ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc"), ("Lịch công tác", "/lich-cong-tac")],
    ),
    ("Tin tức", "/tin-tuc", [("Tin tức - Sự kiện", "/tin-tuc"), ("Chuyển đổi số", "/chuyen-doi-so")]),
    ("Thông báo", "/thong-bao", []),
    ("Văn bản", "/van-ban", []),
    ("Thư viện", "/thu-vien-anh", [("Thư viện ảnh", "/thu-vien-anh"), ("Video", "/video")]),
    ("Liên hệ", "/lien-he", []),
]


def _nav(current: str) -> str:
    out = []
    for n, (label, href, children) in enumerate(NAV):
        active = " active" if (href == "/" and current == "/") or (href != "/" and current.startswith(href)) else ""
        if children:
            sub = "".join(f'<li><a href="{h}" class="mn-c2-lk">{esc(lbl)}</a></li>' for lbl, h in children)
            out.append(
                f'<li class="mn-c1 mn-c1-{n} co-con{active}"><a class="item{active}" href="{href}">{esc(label)}</a>'
                f'<div class="dropdownmenu mn-pnl-{n}" role="menu"><ul class="mn-c2">{sub}</ul></div></li>'
            )
        else:
            out.append(f'<li class="mn-c1 mn-c1-{n}{active}"><a class="item{active}" href="{href}">{esc(label)}</a></li>')
    return "".join(out)


def _header(current: str) -> str:
    return (
        '<div class="gdpr-privacy-banner" role="dialog" aria-label="Thông báo cookie"><div class="ui container">'
        "<p>Trang thông tin điện tử của Sở Giáo dục và Đào tạo sử dụng cookie kỹ thuật để bảo đảm các chức năng "
        "cơ bản và cookie thống kê để cải thiện chất lượng phục vụ. Khi tiếp tục truy cập, bạn đồng ý với việc "
        "sử dụng cookie theo chính sách bảo vệ dữ liệu cá nhân của chúng tôi.</p>"
        '<button class="ui button primary">Đồng ý</button> <button class="ui button">Chỉ dùng cookie kỹ thuật'
        "</button></div></div>"
        '<div class="skiplinks-wrapper" role="complementary" aria-label="skiplinks"><a class="skiplink" '
        'href="#view">Chuyển đến nội dung</a><a class="skiplink" href="#navigation">Chuyển đến menu</a>'
        '<a class="skiplink" href="#footer">Chuyển đến chân trang</a></div>'
        '<div class="tb-top"><div class="ui container"><span class="tb-ngay"><i aria-hidden="true" '
        f'class="calendar outline icon"></i>{TODAY_LINE}</span><span class="tb-hotline">Đường dây nóng: '
        '<a href="tel:02323822517">0232.3822.517</a></span><span class="tb-mxh"><a href="https://www.facebook.com/'
        'sogddtquangtri" target="_blank" rel="noopener noreferrer">Facebook</a> <a href="https://www.youtube.com/'
        '@sogddtquangtri" target="_blank" rel="noopener noreferrer">YouTube</a></span></div></div>'
        '<div class="ui basic segment header-wrapper" role="banner"><div class="ui container"><div class="header">'
        '<div class="logo-nav-wrapper"><div class="logo"><a title="Trang chủ" href="/"><img src="/static/media/'
        'logo-sgddt.6f2d91c4.png" alt="Sở Giáo dục và Đào tạo tỉnh Quảng Trị" title="Sở Giáo dục và Đào tạo tỉnh '
        'Quảng Trị" width="420" height="86"/></a></div>'
        '<div class="search-wrapper navigation-desktop"><div class="search"><form action="/search" method="get">'
        '<div class="ui transparent icon input"><input aria-label="Tìm kiếm" name="SearchableText" type="text" '
        'placeholder="Tìm kiếm trên trang" autocomplete="off" value=""/><button aria-label="Tìm kiếm" '
        'class="ui basic icon button">Tìm</button></div></form></div></div></div>'
        '<nav class="navigation" id="navigation" aria-label="navigation"><div class="hamburger-wrapper mobile '
        'tablet only"><button class="hamburger hamburger--spin" aria-label="Mở menu" title="Mở menu" '
        'type="button"><span class="hamburger-box"><span class="hamburger-inner"></span></span></button></div>'
        f'<ul class="computer large screen widescreen only ui pointing secondary stackable menu mn-tp">{_nav(current)}'
        "</ul></nav></div></div></div>"
    )


def _breadcrumbs(crumbs: list[tuple[str, str | None]]) -> str:
    parts = ['<a class="section" title="Trang chủ" href="/">Trang chủ</a>']
    for label, href in crumbs:
        parts.append('<div class="divider">/</div>')
        if href:
            parts.append(f'<a class="section" href="{href}">{label}</a>')
        else:
            parts.append(f'<div class="active section">{label}</div>')
    return (
        '<div role="navigation" aria-label="Breadcrumbs" class="ui secondary vertical segment breadcrumbs">'
        f'<div class="ui container"><div class="ui breadcrumb">{"".join(parts)}</div></div></div>'
    )


def _sidebar() -> str:
    reads = "".join(
        f'<li class="dn-{n + 1}"><span class="dn-so">{n + 1}</span><a href="{p}">{_t(BY_PATH[p], BY_PATH[p].title)}</a></li>'
        for n, p in enumerate(MOST_READ)
    )
    return (
        '<aside class="cot-phai four wide column" aria-label="Cột phải">'
        f'<div class="ptl ptl-docnhieu"><div class="ptl-hd">Đọc nhiều nhất</div><ol class="ptl-bd">{reads}</ol></div>'
        '<div class="ptl ptl-lk"><div class="ptl-hd">Liên kết</div><div class="ptl-bd">'
        '<a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img src="/static/media/bn-dvc.3b1c.png" '
        'alt="Cổng Dịch vụ công quốc gia" width="270" height="70"/></a>'
        '<a href="https://moet.gov.vn" target="_blank" rel="noopener"><img src="/static/media/bn-moet.77e0.png" '
        'alt="Bộ Giáo dục và Đào tạo" width="270" height="70"/></a>'
        '<a href="https://quangtri.gov.vn" target="_blank" rel="noopener"><img src="/static/media/bn-ubnd.1a9d.png" '
        'alt="Cổng TTĐT tỉnh Quảng Trị" width="270" height="70"/></a>'
        '<a href="https://eeas.europa.eu/delegations/vietnam_en" target="_blank" rel="noopener"><img '
        'src="/static/media/bn-eu.c40f.png" alt="Phái đoàn Liên minh châu Âu tại Việt Nam" width="270" height="70"/>'
        "</a></div></div>"
        '<div class="ptl ptl-tdy"><div class="ptl-hd">Thăm dò ý kiến</div><div class="ptl-bd">'
        '<form class="ui form" method="post" action="/@@poll-vote"><p>Bạn đánh giá thế nào về giao diện mới của '
        "Cổng thông tin?</p>"
        '<div class="field"><input type="radio" name="poll_option" value="1" id="po1"/><label for="po1">Rất hài lòng'
        '</label></div><div class="field"><input type="radio" name="poll_option" value="2" id="po2"/><label '
        'for="po2">Hài lòng</label></div><div class="field"><input type="radio" name="poll_option" value="3" '
        'id="po3"/><label for="po3">Chưa hài lòng</label></div><input type="hidden" name="poll_uid" '
        'value="b71e0c6d3fa84c2e9d5a11f0c2b7e934"/><button class="ui mini button" type="submit">Biểu quyết</button>'
        "</form></div></div>"
        '<div class="ptl ptl-tk"><div class="ptl-hd">Thống kê truy cập</div><div class="ptl-bd"><table class="tk-tbl">'
        "<tr><td>Đang online:</td><td><!-- -->37</td></tr><tr><td>Hôm nay:</td><td><!-- -->1.204</td></tr>"
        "<tr><td>Tháng này:</td><td><!-- -->18.530</td></tr><tr><td>Tổng truy cập:</td><td><!-- -->2.918.447</td>"
        "</tr></table></div></div></aside>"
    )


def _footer() -> str:
    return (
        '<footer id="footer" class="ui vertical padded inverted segment ft-sgd" aria-label="Footer">'
        '<div class="ui container"><div class="ft-cot ft-cot-1"><div class="ft-ten">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH '
        "QUẢNG TRỊ</div><p>Địa chỉ: Số 115 Lý Thường Kiệt, phường Đồng Hới, tỉnh Quảng Trị</p>"
        "<p>Điện thoại: 0232.3822.517 - Fax: 0232.3822.518</p>"
        '<p>Email: <a href="mailto:sgddt@quangtri.gov.vn">sgddt@quangtri.gov.vn</a></p>'
        "<p>Chịu trách nhiệm nội dung: Ông Lê Quang Đạo - Giám đốc Sở, Trưởng Ban biên tập</p>"
        "<p>Giấy phép số 14/GP-TTĐT ngày 21/3/2026 của Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị</p></div>"
        '<div class="ft-cot ft-cot-2"><img src="/static/media/eu-flag.9b3e2a1f.png" alt="Liên minh châu Âu" '
        'width="90" height="60"/><p class="ft-eu">Trang thông tin điện tử này được xây dựng với sự hỗ trợ tài '
        "chính của Liên minh châu Âu trong khuôn khổ Dự án EU-EDUDIGI. Nội dung thuộc trách nhiệm của Sở Giáo dục "
        "và Đào tạo tỉnh Quảng Trị và không nhất thiết phản ánh quan điểm của Liên minh châu Âu.</p></div>"
        '<div class="ft-cot ft-cot-3"><ul class="ft-lk"><li><a href="/lien-he">Liên hệ</a></li>'
        '<li><a href="/login">Đăng nhập</a></li></ul>'
        '<p class="ft-cr">© 2026 Sở Giáo dục và Đào tạo tỉnh Quảng Trị. Phát triển trên nền tảng '
        '<a href="https://plone.org" target="_blank" rel="noopener">Plone</a>®.</p></div></div></footer>'
    )


def _blob(path: str, content: dict | None, title: str) -> str:
    nav_items = [{"@id": f"{BACKEND}{h}", "title": lbl, "items": []} for lbl, h, _c in NAV[1:]]
    state = {
        "router": {"location": {"pathname": path, "search": "", "hash": "", "key": "9x3kqa"}},
        "intl": {"locale": "vi", "messages": {}},
        "navigation": {"items": nav_items, "loaded": True},
        "breadcrumbs": {"root": BACKEND, "items": []},
        "content": {"data": content or {"@id": f"{BACKEND}{path}", "title": title}, "get": {"loaded": True}},
        "apierror": {"error": None, "statusCode": None},
    }
    data = json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C")
    return f"<script charSet=\"UTF-8\">window.__data={data};</script>"


def _page(
    request: Request,
    *,
    title: str,
    body_class: str,
    crumbs: list[tuple[str, str | None]] | None,
    main: str,
    path: str,
    canonical: str | None = None,
    description: str | None = None,
    og_image: str | None = None,
    content: dict | None = None,
    status: int = 200,
) -> Response:
    base = base_url(request)
    head = [
        '<meta charSet="utf-8"/>',
        f"<title>{esc(title)} — Sở GD&amp;ĐT tỉnh Quảng Trị</title>",
        f'<meta name="description" content="{esc(description or SITE_NAME)}"/>',
        f'<meta property="og:title" content="{esc(title)}"/>',
        f'<meta property="og:url" content="{BACKEND}{esc(canonical or path)}"/>',
        '<meta property="og:site_name" content="Sở GD&amp;ĐT tỉnh Quảng Trị"/>',
    ]
    if og_image:
        head.append(f'<meta property="og:image" content="{base}{esc(og_image)}"/>')
    head += [
        '<meta name="generator" content="Plone 6 - https://plone.org"/>',
        '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/>',
        f'<link rel="canonical" href="{base}{esc(canonical or path)}"/>',
        '<link rel="shortcut icon" href="/favicon.ico"/>',
        '<link rel="preload" href="/static/js/client.8f3a2c1d.js" as="script"/>',
        '<link data-chunk="client" rel="stylesheet" href="/static/css/client.5e81b0c4.css"/>',
    ]
    crumb_html = _breadcrumbs(crumbs) if crumbs is not None else ""
    page = (
        '<!doctype html><html lang="vi"><head>' + "".join(head) + "</head>"
        f'<body class="{body_class} is-anonymous public-ui no-user-roles"><div role="navigation" '
        'aria-label="Toolbar" id="toolbar"></div><div id="main">'
        + _header(path)
        + crumb_html
        + '<div class="ui basic segment content-area"><main><div id="view" class="ui container"><div '
        'class="ui stackable grid luoi-chinh"><div class="twelve wide column cot-trai">'
        + main
        + "</div>"
        + _sidebar()
        + "</div></div></main></div>"
        + _footer()
        + '<div id="sidebar"></div><div class="Toastify"></div></div>'
        + _blob(path, content, title)
        + '<script async data-chunk="client" src="/static/js/client.8f3a2c1d.js"></script></body></html>'
    )
    return html(page, status=status)


# --- article views --------------------------------------------------------------------------


def _crumbs_for(s: Story) -> list[tuple[str, str | None]]:
    return [(FOLDERS[s.cat], f"/{s.cat}"), (_t(s, s.title), None)]


def _meta_line(s: Story) -> str:
    eff, mod = _eff(s), _dt(s.opts["mod"])
    upd = (
        f'<span class="tt-capnhat">Cập nhật lần cuối: <!-- --><time datetime="{_utc(mod)}">{_vn(mod)}</time></span>'
        if mod != eff
        else ""
    )
    return (
        f'<div class="tt-meta documentByLine">{upd}<span class="tt-ngaydang"><i aria-hidden="true" class="calendar '
        f'alternate outline icon"></i>Ngày đăng: <!-- --><time datetime="{_utc(eff)}">{_vn(eff)}</time></span>'
        f'<span class="tt-nguoidang"> | Người đăng: <!-- -->{esc(s.opts["creator"])}</span>'
        f'<span class="tt-luotxem"> | Lượt xem: <!-- -->{s.views()}</span></div>'
    )


def _neighbour(s: Story, step: int) -> dict:
    """plone.restapi's previous_item/next_item: the folder's neighbours, on the backend host."""
    items = sorted((x for x in STORIES if x.cat == s.cat), key=_eff)
    n = items.index(s) - step
    if not 0 <= n < len(items):
        return {}
    other = items[n]
    return {"@id": f"{BACKEND}{other.slug}", "@type": "News Item", "title": _nfd(other, other.title)}


def _content_json(s: Story) -> dict:
    blocks = {}
    layout = []
    for n, b in enumerate(s.blocks):
        uid = f"{s.id:03d}{n:02d}-9f1c-4c7b-a3e2-0d5b6e7f{n:04d}"
        if isinstance(b, P):
            blocks[uid] = {
                "@type": "slate",
                "plaintext": _nfd(s, b.text),
                "value": [{"type": "p", "children": [{"text": _nfd(s, b.text)}]}],
            }
        elif isinstance(b, Img):
            blocks[uid] = {"@type": "image", "url": f"{BACKEND}{b.src.split('/@@images')[0]}", "size": "l"}
        else:
            continue
        layout.append(uid)
    return {
        "@id": f"{BACKEND}{s.slug}",
        "@type": "News Item",
        "UID": f"{s.id:08x}c2d94e1fa7b30c5d8e6f1a2b",
        "title": _nfd(s, s.title),
        "description": _nfd(s, _desc(s) or ""),
        "effective": _utc(_eff(s)),
        "created": _utc(_dt(s.opts["created"])),
        "modified": _utc(_dt(s.opts["mod"])),
        "creators": [s.opts["creator"]],
        "subjects": s.opts.get("tags", []),
        "review_state": "published",
        "parent": {"@id": f"{BACKEND}/{s.cat}", "title": FOLDERS[s.cat]},
        "image": {"download": f"{BACKEND}{s.slug}/@@images/image-1200-{s.id:x}a9e4f0c.jpeg"},
        "blocks": blocks,
        "blocks_layout": {"items": layout},
        "previous_item": _neighbour(s, +1),
        "next_item": _neighbour(s, -1),
        "@components": {
            "navigation": {"@id": f"{BACKEND}{s.slug}/@navigation"},
            "breadcrumbs": {"@id": f"{BACKEND}{s.slug}/@breadcrumbs"},
        },
    }


def article_page(request: Request, s: Story, path: str) -> Response:
    parts = [f'<h1 class="documentFirstHeading">{_t(s, s.title)}</h1>', _meta_line(s)]
    if _desc(s):
        parts.append(f'<p class="documentDescription">{_t(s, _desc(s))}</p>')
    if s.opts.get("toc"):
        parts.append(_toc_block(s))
    parts.append(render_blocks(s))
    if "attach" in s.opts:
        name, href, size = s.opts["attach"]
        parts.append(
            f'<p class="tt-dinhkem"><strong>Tệp đính kèm:</strong> <a href="{href}" class="file-link">'
            f'<i class="file pdf outline icon"></i>{name}</a> ({size})</p>'
        )
    if "inlist" in s.opts:
        parts.append(_inlist_block(s))
    doc = '<div id="page-document" class="ui container blocks-group-wrapper default">' + "".join(parts) + "</div>"
    after = []
    if s.opts.get("related"):
        rel = "".join(
            f'<li><a href="{p}">{_t(BY_PATH[p.removesuffix("/view")], BY_PATH[p.removesuffix("/view")].title)}</a></li>'
            for p in s.opts["related"]
        )
        after.append(f'<div class="tt-lienquan"><h3 class="tt-lq-hd">Tin liên quan</h3><ul>{rel}</ul></div>')
    if s.opts.get("tags"):
        tags = "".join(
            f'<a class="ui label" href="/search?Subject={quote(t)}">{esc(t)}</a>' for t in s.opts["tags"]
        )
        after.append(f'<div class="ui container tags"><span class="tags-label">Từ khóa:</span> {tags}</div>')
    share_u = quote(base_url(request) + s.slug, safe="")
    after.append(
        '<div class="tt-congcu"><span>Chia sẻ:</span> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_u}" target="_blank" rel="noopener" '
        'class="cc-fb">Facebook</a> '
        f'<a href="https://zalo.me/share?u={share_u}" target="_blank" rel="noopener" class="cc-zl">Zalo</a> '
        f'<a href="{s.slug}/@@print" target="_blank" rel="nofollow" class="cc-in">In bài</a> '
        f'<a href="mailto:?subject={quote(s.title)}&amp;body={share_u}" class="cc-em">Gửi email</a></div>'
        '<div class="volto-feedback"><h2 class="fb-hd">Thông tin trên trang này có hữu ích với bạn không?</h2>'
        '<div class="fb-btns"><button class="ui button">Có</button><button class="ui button">Không</button></div>'
        "<p>Ý kiến của bạn giúp chúng tôi cải thiện chất lượng Cổng thông tin.</p></div>"
    )
    main = doc + "".join(after)
    section = s.slug.rsplit("/", 1)[1]
    return _page(
        request,
        title=_nfd(s, s.title),
        body_class=f"view-viewview contenttype-news_item section-{s.cat} section-{section}",
        crumbs=_crumbs_for(s),
        main=main,
        path=path,
        canonical=s.slug,
        description=_nfd(s, _desc(s) or s.paragraphs[0][:160]),
        og_image=_thumb(s, "preview"),
        content=_content_json(s),
    )


def print_page(request: Request, s: Story) -> Response:
    eff, mod = _eff(s), _dt(s.opts["mod"])
    desc = f'<div class="documentDescription description">{_t(s, _desc(s))}</div>' if _desc(s) else ""
    attach = ""
    if "attach" in s.opts:
        name, href, size = s.opts["attach"]
        attach = f'<p class="attachment">Tệp đính kèm: <a href="{href}">{name}</a> ({size})</p>'
    page = (
        '<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head><meta charset="utf-8"/>'
        f"<title>{esc(_nfd(s, s.title))} — Sở GD&amp;ĐT tỉnh Quảng Trị</title>"
        f'<link rel="canonical" href="{base_url(request)}{s.slug}"/><meta name="robots" content="noindex"/>'
        '<link rel="stylesheet" href="/++plone++static/plone-compiled.css"/></head>'
        '<body class="template-print portaltype-news-item" onload="window.print()">'
        '<div id="print-header"><img src="/++resource++sgddt/logo-print.png" alt="Sở GD&amp;ĐT Quảng Trị"/>'
        f'<span class="print-site">{SITE_NAME}</span><div class="print-path">Trang chủ › '
        f'{FOLDERS[s.cat]}</div></div>'
        f'<article id="content"><header><h1 class="documentFirstHeading">{_t(s, s.title)}</h1>'
        f'<div class="documentByLine"><span class="documentPublished"><span>Ngày đăng:</span> {_vn(eff)}</span>'
        f' — <span class="documentModified"><span>Cập nhật:</span> {_vn(mod)}</span></div>{desc}</header>'
        f'<div id="content-core"><div id="parent-fieldname-text">{render_blocks(s, print_view=True)}</div>'
        f"{attach}</div></article>"
        f'<div id="print-footer"><p>Địa chỉ bài viết: {base_url(request)}{s.slug}</p>'
        f"<p>© 2026 {SITE_NAME}</p></div></body></html>"
    )
    return html(page)


def api_json(s: Story) -> Response:
    body = json.dumps(_content_json(s), ensure_ascii=False)
    return Response(200, body, {"Content-Type": "application/json"})


# --- listings -------------------------------------------------------------------------------


def _pagination(folder: str, start: int, total: int, size: int) -> str:
    pages = (total + size - 1) // size
    if pages <= 1:
        return ""
    current = start // size + 1

    def href(page: int) -> str:
        return f"/{folder}" if page == 1 else f"/{folder}?b_start={(page - 1) * size}"

    items = []
    if current > 1:
        items.append(f'<a aria-current="false" tabindex="0" value="{current - 1}" type="prevItem" class="item" href="{href(current - 1)}">«</a>')
    else:
        items.append('<a aria-current="false" aria-disabled="true" tabindex="-1" value="1" type="prevItem" class="disabled item">«</a>')
    for page in range(1, pages + 1):
        if page == current:
            items.append(f'<a aria-current="true" tabindex="0" value="{page}" type="pageItem" class="active item">{page}</a>')
        else:
            items.append(f'<a aria-current="false" tabindex="0" value="{page}" type="pageItem" class="item" href="{href(page)}">{page}</a>')
    if current < pages:
        items.append(f'<a aria-current="false" tabindex="0" value="{current + 1}" type="nextItem" class="item" href="{href(current + 1)}">»</a>')
    else:
        items.append('<a aria-current="false" aria-disabled="true" tabindex="-1" type="nextItem" class="disabled item">»</a>')
    return (
        f'<div class="pagination-wrapper"><span class="pg-tt">Trang {current}/{pages}</span><div aria-label="Pagination '
        f'Navigation" role="navigation" class="ui pagination menu">{"".join(items)}</div></div>'
    )


def _folder_entries(folder: str) -> list[tuple[datetime, str]]:
    entries = [(_eff(s), "story:" + s.slug) for s in _in_folder(folder)]
    if folder == "thong-bao":
        entries += [(_dt(item["eff"]), "extra:" + str(n)) for n, item in enumerate(EXTRA_ITEMS)]
    return sorted(entries, reverse=True)


def folder_page(request: Request, folder: str) -> Response:
    try:
        start = max(0, int(request.params.get("b_start", request.params.get("b_start:int", "0")) or 0))
    except ValueError:
        start = 0
    size = BATCH[folder]
    entries = _folder_entries(folder)
    chunk = entries[start : start + size]
    items = []
    for n, (_d, key) in enumerate(chunk):
        kind, ref = key.split(":", 1)
        if kind == "story":
            items.append(_listing_item(BY_PATH[ref], start + n + 1))
        else:
            item = EXTRA_ITEMS[int(ref)]
            d = _dt(item["eff"])
            icon = "file pdf outline" if item["kind"] == "File" else "external alternate"
            target = ' target="_blank" rel="noopener noreferrer"' if item["kind"] == "Link" else ""
            items.append(
                f'<div class="listing-item ds-tin-{start + n + 1} ds-{item["kind"].lower()}"><a href="{esc(item["href"])}"{target}>'
                f'<div class="listing-image-wrapper"><i aria-hidden="true" class="{icon} huge icon"></i></div>'
                f'<div class="listing-body"><p class="ds-ngay"><time datetime="{_utc(d)}">{_vn(d, False)}</time></p>'
                f'<h3>{esc(item["title"])}</h3><p>{esc(item["desc"])}</p></div></a></div>'
            )
    if not items:
        items.append('<p class="ds-rong">Không có mục nào.</p>')
    label = FOLDERS[folder]
    main = (
        f'<div id="page-document" class="ui container"><h1 class="documentFirstHeading">{label}</h1>'
        f'<div class="block listing summary"><div class="items">{"".join(items)}</div>'
        f"{_pagination(folder, start, len(entries), size)}</div></div>"
    )
    return _page(
        request,
        title=label,
        body_class=f"view-viewview contenttype-folder section-{folder}",
        crumbs=[(label, None)],
        main=main,
        path=f"/{folder}",
        canonical=f"/{folder}" + (f"?b_start={start}" if start else ""),
    )


def home_page(request: Request) -> Response:
    hero = BY_PATH[_A1]
    tin = "".join(_listing_item(s, n + 1) for n, s in enumerate(_in_folder("tin-tuc")[:4]))
    tb = "".join(_listing_item(s, n + 1) for n, s in enumerate(_in_folder("thong-bao")[:2]))
    cds = "".join(_listing_item(s, n + 1) for n, s in enumerate(_in_folder("chuyen-doi-so")[:1]))
    main = (
        '<div id="page-document" class="ui container trang-chu">'
        '<h1 class="documentFirstHeading hiddenStructure">Sở Giáo dục và Đào tạo tỉnh Quảng Trị</h1>'
        '<div class="block teaser hero-tc"><div class="grid-teaser-item top">'
        f'<a class="teaser-link" href="{hero.slug}"><div class="grid-image-wrapper"><img src="{_thumb(hero, "teaser")}" '
        f'alt="" class="responsive" width="1200" height="675"/></div><div class="content"><div class="headline">TIN NỔI BẬT'
        f"</div><h2>{esc(hero.title)}</h2><p>{esc(_desc(hero) or '')}</p></div></a></div></div>"
        f'<div class="block listing summary kh-tintuc"><div class="headline"><h2 class="headline">Tin tức - Sự kiện</h2>'
        f'</div><div class="items">{tin}</div><div class="footer"><a href="/tin-tuc">Xem tất cả</a></div></div>'
        f'<div class="block listing summary kh-thongbao"><div class="headline"><h2 class="headline">Thông báo</h2>'
        f'</div><div class="items">{tb}</div><div class="footer"><a href="/thong-bao">Xem thêm thông báo</a></div></div>'
        f'<div class="block listing summary kh-cds"><div class="headline"><h2 class="headline">Chuyển đổi số</h2>'
        f'</div><div class="items">{cds}</div><div class="footer"><a href="/chuyen-doi-so">Xem thêm</a></div></div>'
        '<div class="block listing simple kh-vanban"><div class="headline"><h2 class="headline">Văn bản mới</h2></div>'
        '<ul class="items">'
        + "".join(
            f'<li class="listing-item"><a href="/van-ban/{d["id"]}"><strong>{d["so"]}</strong> - {esc(d["title"])}</a>'
            f"</li>"
            for d in DOCS
        )
        + '</ul><div class="footer"><a href="/van-ban">Tất cả văn bản</a></div></div>'
        '<div class="block columnsBlock kh-media"><div class="ui two column grid"><div class="column">'
        '<div class="block teaser"><a class="teaser-link" href="/thu-vien-anh/hoi-khoe-phu-dong-2026"><img '
        'src="/thu-vien-anh/hoi-khoe-phu-dong-2026/anh-01.jpg/@@images/image/preview" alt=""/><div class="content">'
        '<div class="headline">THƯ VIỆN ẢNH</div><h2>Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ I năm 2026</h2></div>'
        '</a></div></div><div class="column"><div class="block teaser"><a class="teaser-link" '
        f'href="{VIDEO_PATH}"><img src="{VIDEO_PATH}/@@images/image/preview" alt=""/><div class="content"><div '
        'class="headline">VIDEO</div><h2>Lễ ra mắt Dự án EU-EDUDIGI</h2></div></a></div></div></div></div>'
        "</div>"
    )
    return _page(
        request,
        title="Trang chủ",
        body_class="view-viewview contenttype-plone-site section-",
        crumbs=None,
        main=main,
        path="/",
    )


# --- non-article pages ------------------------------------------------------------------------

DOCS = [
    {
        "id": "cv-2130-sgddt-gdtrh",
        "so": "2130/SGDĐT-GDTrH",
        "title": "Về việc hướng dẫn kiểm tra, đánh giá định kỳ học kỳ I năm học 2026 - 2027",
        "ngay": "26/11/2026",
        "loai": "Công văn",
        "ky": "Trần Văn Hưng",
        "file": "2130-SGDDT-GDTrH.pdf",
    },
    {
        "id": "qd-1456-sgddt",
        "so": "1456/QĐ-SGDĐT",
        "title": "Quyết định ban hành Kế hoạch thời gian năm học 2026 - 2027 đối với giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên",
        "ngay": "12/8/2026",
        "loai": "Quyết định",
        "ky": "Lê Quang Đạo",
        "file": "1456-QD-SGDDT.pdf",
    },
]
ALBUM_PATH = "/thu-vien-anh/hoi-khoe-phu-dong-2026"
VIDEO_PATH = "/video/le-ra-mat-du-an-eu-edudigi"


def _doc_page(request: Request, title: str, crumbs, path: str, inner: str, ctype: str = "document") -> Response:
    main = f'<div id="page-document" class="ui container"><h1 class="documentFirstHeading">{esc(title)}</h1>{inner}</div>'
    section = path.strip("/").split("/")[0] or "home"
    return _page(
        request, title=title, body_class=f"view-viewview contenttype-{ctype} section-{section}", crumbs=crumbs, main=main, path=path
    )


def intro_page(request: Request) -> Response:
    inner = (
        '<p class="documentDescription">Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh '
        "Quảng Trị, tham mưu, giúp UBND tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo.</p>"
        '<h2 id="chuc-nang">Chức năng</h2><p>Sở Giáo dục và Đào tạo tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà '
        "nước về giáo dục mầm non, giáo dục phổ thông, giáo dục thường xuyên, giáo dục nghề nghiệp và giáo dục "
        "đại học theo quy định của pháp luật; thực hiện các dịch vụ công thuộc phạm vi quản lý của Sở.</p>"
        '<h2 id="nhiem-vu">Nhiệm vụ và quyền hạn</h2><p>Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch '
        "dài hạn, trung hạn và hằng năm về phát triển giáo dục; hướng dẫn, kiểm tra việc thực hiện chương trình, "
        "kế hoạch giáo dục của các cơ sở giáo dục trên địa bàn tỉnh.</p>"
        "<p>Sau khi hợp nhất tỉnh năm 2025, ngành Giáo dục Quảng Trị quản lý 1.106 cơ sở giáo dục với hơn 420.000 "
        "học sinh và 28.000 cán bộ, giáo viên, nhân viên.</p>"
    )
    return _doc_page(request, "Giới thiệu chung", [("Giới thiệu", None)], "/gioi-thieu", inner)


def org_page(request: Request) -> Response:
    rows = [
        ("Lê Quang Đạo", "Giám đốc Sở", "0232.3822.500"),
        ("Trần Văn Hưng", "Phó Giám đốc Sở", "0232.3822.501"),
        ("Đoàn Thị Mỹ Lệ", "Phó Giám đốc Sở", "0232.3822.502"),
        ("Phạm Ngọc Sơn", "Chánh Văn phòng", "0232.3822.517"),
    ]
    trs = "".join(f"<tr><td><p>{a}</p></td><td><p>{b}</p></td><td><p>{c}</p></td></tr>" for a, b, c in rows)
    inner = (
        '<h2 id="lanh-dao-so">Lãnh đạo Sở</h2><div class="block table"><table class="ui celled fixed table '
        'slate-table-block"><thead><tr><th><p>Họ và tên</p></th><th><p>Chức vụ</p></th><th><p>Điện thoại</p></th>'
        f"</tr></thead><tbody>{trs}</tbody></table></div>"
        '<h2 id="phong-chuyen-mon">Các phòng chuyên môn, nghiệp vụ</h2><ul><li>Văn phòng Sở</li><li>Phòng Kế '
        "hoạch - Tài chính</li><li>Phòng Tổ chức cán bộ</li><li>Phòng Giáo dục Mầm non - Tiểu học</li><li>Phòng "
        "Giáo dục Trung học</li><li>Phòng Quản lý chất lượng</li><li>Thanh tra Sở</li></ul>"
    )
    return _doc_page(request, "Cơ cấu tổ chức", [("Giới thiệu", "/gioi-thieu"), ("Cơ cấu tổ chức", None)], "/gioi-thieu/co-cau-to-chuc", inner)


def calendar_page(request: Request) -> Response:
    rows = [
        ("Thứ Hai 30/11", "Sáng: Giám đốc Sở họp giao ban tuần. Chiều: PGĐ Trần Văn Hưng làm việc với Phòng GDTrH."),
        ("Thứ Ba 01/12", "Cả ngày: Đoàn kiểm tra công tác chuẩn bị Kỳ thi HSG lớp 12 tại các điểm thi."),
        ("Thứ Tư 02/12", "Cả ngày: Kỳ thi chọn HSG văn hóa lớp 12 cấp tỉnh (ngày thứ nhất)."),
        ("Thứ Năm 03/12", "Cả ngày: Kỳ thi chọn HSG văn hóa lớp 12 cấp tỉnh (ngày thứ hai)."),
        ("Thứ Sáu 04/12", "Chiều: Hội nghị tổng kết 5 năm thực hiện Chương trình GDPT 2018."),
        ("Thứ Bảy 05/12", "Trực cơ quan: Văn phòng Sở."),
    ]
    trs = "".join(f"<tr><td><p><strong>{a}</strong></p></td><td><p>{b}</p></td></tr>" for a, b in rows)
    inner = (
        '<p class="documentDescription">Tuần 49 (từ ngày 30/11/2026 đến ngày 06/12/2026)</p>'
        '<div class="block table"><table class="ui celled table lct-tbl"><thead><tr><th><p>Ngày</p></th><th><p>Nội '
        f"dung công việc</p></th></tr></thead><tbody>{trs}</tbody></table></div>"
        '<p class="lct-tuan"><a href="#" data-tuan="48" aria-disabled="true">« Tuần trước</a> | <a href="#" '
        'data-tuan="50" aria-disabled="true">Tuần sau »</a></p>'
    )
    return _doc_page(request, "Lịch công tác tuần", [("Lịch công tác", None)], "/lich-cong-tac", inner)


def contact_page(request: Request) -> Response:
    inner = (
        "<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ</strong></p><p>Địa chỉ: Số 115 Lý Thường Kiệt, phường Đồng "
        "Hới, tỉnh Quảng Trị</p><p>Điện thoại: 0232.3822.517 - Email: sgddt@quangtri.gov.vn</p>"
        '<div class="block form"><form class="ui form" novalidate="" autocomplete="off"><div class="field">'
        '<label for="ht">Họ và tên</label><input id="ht" name="ho_ten" type="text"/></div><div class="field"><label '
        'for="em">Email</label><input id="em" name="email" type="email"/></div><div class="field"><label for="nd">'
        'Nội dung</label><textarea id="nd" name="noi_dung"></textarea></div><button class="ui primary button" '
        'type="button">Gửi liên hệ</button></form></div>'
        '<div class="block maps"><iframe title="Bản đồ" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3826'
        '!2d106.6!3d17.47" width="100%" height="320" loading="lazy"></iframe></div>'
    )
    return _doc_page(request, "Liên hệ", [("Liên hệ", None)], "/lien-he", inner)


def docs_list_page(request: Request) -> Response:
    rows = "".join(
        f'<tr><td><p>{d["so"]}</p></td><td><p>{d["ngay"]}</p></td><td><p><a href="/van-ban/{d["id"]}">'
        f'{esc(d["title"])}</a></p></td><td><p>{d["loai"]}</p></td></tr>'
        for d in DOCS
    )
    inner = (
        '<div class="block listing vb-ds"><table class="ui celled table"><thead><tr><th>Số ký hiệu</th><th>Ngày ban '
        f"hành</th><th>Trích yếu</th><th>Loại văn bản</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )
    return _doc_page(request, "Văn bản", [("Văn bản", None)], "/van-ban", inner, "folder")


def doc_page(request: Request, d: dict) -> Response:
    inner = (
        f'<p class="documentDescription">{esc(d["title"])}</p><table class="ui definition table vb-tt"><tbody>'
        f'<tr><td>Số ký hiệu</td><td>{d["so"]}</td></tr><tr><td>Loại văn bản</td><td>{d["loai"]}</td></tr>'
        f'<tr><td>Ngày ban hành</td><td>{d["ngay"]}</td></tr><tr><td>Người ký</td><td>{d["ky"]}</td></tr>'
        "<tr><td>Cơ quan ban hành</td><td>Sở Giáo dục và Đào tạo</td></tr></tbody></table>"
        f'<p><a href="/van-ban/{d["id"]}/@@download/file"><i class="file pdf outline icon"></i>{d["file"]}</a> '
        "(PDF)</p>"
    )
    return _doc_page(
        request, f'{d["loai"]} số {d["so"]}', [("Văn bản", "/van-ban"), (d["so"], None)], f'/van-ban/{d["id"]}', inner, "file"
    )


def albums_page(request: Request) -> Response:
    inner = (
        '<div class="block listing imageGallery"><div class="items"><div class="listing-item">'
        f'<a href="{ALBUM_PATH}"><img src="{ALBUM_PATH}/anh-01.jpg/@@images/image/thumb" alt=""/><h3>Hội khỏe Phù '
        "Đổng tỉnh Quảng Trị lần thứ I năm 2026</h3><p>12 ảnh</p></a></div></div></div>"
    )
    return _doc_page(request, "Thư viện ảnh", [("Thư viện ảnh", None)], "/thu-vien-anh", inner, "folder")


def album_page(request: Request) -> Response:
    pics = "".join(
        f'<div class="image-gallery-slide"><img src="{ALBUM_PATH}/anh-{n:02d}.jpg/@@images/image/large" alt="" '
        f'loading="lazy"/><span class="image-gallery-description">Hội khỏe Phù Đổng 2026 - ảnh {n}</span></div>'
        for n in range(1, 13)
    )
    inner = (
        '<p class="documentDescription">Một số hình ảnh tại Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ I năm 2026 '
        f'(09 - 16/11/2026).</p><div class="block listing imageGallery"><div class="image-gallery">{pics}</div></div>'
    )
    return _doc_page(
        request,
        "Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ I năm 2026",
        [("Thư viện ảnh", "/thu-vien-anh"), ("Hội khỏe Phù Đổng 2026", None)],
        ALBUM_PATH,
        inner,
        "folder",
    )


def videos_page(request: Request) -> Response:
    inner = (
        '<div class="block listing summary"><div class="items"><div class="listing-item">'
        f'<a href="{VIDEO_PATH}"><img src="{VIDEO_PATH}/@@images/image/thumb" alt=""/><div class="listing-body"><h3>'
        "Lễ ra mắt Dự án EU-EDUDIGI</h3><p>Video, 04:37</p></div></a></div></div></div>"
    )
    return _doc_page(request, "Video", [("Video", None)], "/video", inner, "folder")


def video_page(request: Request) -> Response:
    inner = (
        '<p class="documentDescription">Phóng sự Lễ ra mắt Dự án “Tăng cường năng lực số trong giáo dục phổ thông” '
        "do Liên minh châu Âu tài trợ.</p>"
        '<div class="block video align center"><div class="video-inner"><iframe title="Lễ ra mắt Dự án EU-EDUDIGI" '
        'src="https://www.youtube.com/embed/q3Xv8EdUd1g?rel=0" width="100%" height="420" frameborder="0" '
        'allowfullscreen=""></iframe></div></div><p>Thời lượng: 04:37 - Nguồn: Trung tâm Thông tin - Chuyển đổi số</p>'
    )
    return _doc_page(request, "Lễ ra mắt Dự án EU-EDUDIGI", [("Video", "/video"), ("Lễ ra mắt Dự án EU-EDUDIGI", None)], VIDEO_PATH, inner)


def search_page(request: Request) -> Response:
    params = request.params
    subject = params.get("Subject")
    q = unicodedata.normalize("NFC", params.get("SearchableText", "")).strip().lower()
    if subject:
        found = [s for s in sorted(STORIES, key=_eff, reverse=True) if subject in s.opts.get("tags", [])]
        heading = f"Kết quả tìm kiếm theo từ khóa: {esc(subject)}"
    elif q:
        found = [
            s for s in sorted(STORIES, key=_eff, reverse=True) if q in unicodedata.normalize("NFC", s.title).lower()
        ]
        heading = f"Kết quả tìm kiếm cho: {esc(q)}"
    else:
        found = []
        heading = "Tìm kiếm"
    results = "".join(
        f'<article class="tileItem"><h2 class="tileHeadline"><a href="{s.slug}" class="summary url">{_t(s, s.title)}'
        f'</a></h2><div class="tileBody"><span class="description">{_t(s, _desc(s) or "")}</span></div></article>'
        for s in found
    )
    inner = (
        f'<div id="page-search"><p class="search-tt">{heading}</p><form action="/search" method="get" '
        'class="search-form"><input name="SearchableText" type="text" value=""/><button type="submit">Tìm kiếm'
        f'</button></form><p class="search-count">Tìm thấy {len(found)} kết quả</p><div class="search-results">'
        f"{results}</div></div>"
    )
    return _doc_page(request, "Tìm kiếm", [("Tìm kiếm", None)], "/search", inner, "search")


def login_page(request: Request) -> Response:
    inner = (
        '<form class="ui form" method="post" action="/login"><div class="field"><label for="login">Tên đăng nhập'
        '</label><input id="login" name="login" type="text"/></div><div class="field"><label for="password">Mật khẩu'
        '</label><input id="password" name="password" type="password"/></div><button class="ui primary button" '
        'type="submit">Đăng nhập</button></form>'
    )
    return _doc_page(request, "Đăng nhập", [("Đăng nhập", None)], "/login", inner, "login")


# --- routing --------------------------------------------------------------------------------

class PloneVoltoSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if "/@@images/" in path:
            head = path.split("/@@images/")[0]
            owner = head.rsplit("/", 1)[0] if head.endswith(".jpg") else head
            if owner in BY_PATH or owner.startswith(("/resolveuid/", ALBUM_PATH)) or owner in (VIDEO_PATH,):
                return static_file("x.jpg")
            return None
        if path in PDF_PATHS:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/static/", "/++resource++", "/++plone++")) or path == "/favicon.ico":
            return static_file(path)
        if path.startswith("/++api++/"):
            s = BY_PATH.get(path[len("/++api++") :])
            return api_json(s) if s else None
        if request.method == "POST" and path == "/@@poll-vote":
            return _doc_page(request, "Thăm dò ý kiến", None, path, "<p>Cảm ơn bạn đã tham gia biểu quyết.</p>")
        if path in BY_PATH:
            return article_page(request, BY_PATH[path], path)
        if path.endswith("/view") and path[: -len("/view")] in BY_PATH:
            return article_page(request, BY_PATH[path[: -len("/view")]], path)
        if path.endswith("/@@print") and path[: -len("/@@print")] in BY_PATH:
            return print_page(request, BY_PATH[path[: -len("/@@print")]])
        if path.endswith("/") and path != "/" and path.rstrip("/") in BY_PATH:
            return redirect(path.rstrip("/"), 301)
        if path.strip("/") in FOLDERS:
            return folder_page(request, path.strip("/"))
        routes = {
            "/": home_page,
            "/gioi-thieu": intro_page,
            "/gioi-thieu/co-cau-to-chuc": org_page,
            "/lich-cong-tac": calendar_page,
            "/lien-he": contact_page,
            "/van-ban": docs_list_page,
            "/thu-vien-anh": albums_page,
            ALBUM_PATH: album_page,
            "/video": videos_page,
            VIDEO_PATH: video_page,
            "/search": search_page,
            "/login": login_page,
        }
        if path in routes:
            return routes[path](request)
        for d in DOCS:
            if path == f"/van-ban/{d['id']}":
                return doc_page(request, d)
        return None


def build_site() -> PloneVoltoSite:
    return PloneVoltoSite()


# --- gold -----------------------------------------------------------------------------------

GOLD = [
    gold_record(s, s.slug, FOLDERS[s.cat], canonical_path=s.slug, alt_paths=[f"{s.slug}/view", f"{s.slug}/@@print"])
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/gioi-thieu/co-cau-to-chuc",
    "/lich-cong-tac",
    "/lien-he",
    "/van-ban/cv-2130-sgddt-gdtrh",
    "/van-ban/qd-1456-sgddt",
    ALBUM_PATH,
    VIDEO_PATH,
]
